/**
 * AWS Lambda prices (us-east-1, US dollars) and the cost calculation.
 * Source: https://aws.amazon.com/lambda/pricing/ (requests, duration tiers, provisioned
 * concurrency, ephemeral storage, free tier). Arm provisioned prices are 0.8 × x86, as on that page.
 * Monthly tiers and the free tier are applied as if the simulated period were the whole month.
 */
import type { Scenario } from "./scenario";

/** One compute tier: GB-seconds up to `upTo` (cumulative per month) at `price` per GB-s. */
export interface Tier {
  upTo: number;
  price: number;
}

/** Unit prices for one architecture. */
export interface PriceTable {
  requestPerMillion: number;
  computeTiers: Tier[];
  provisionedPerGbSecond: number;
  provisionedDurationPerGbSecond: number;
  ephemeralPerGbSecond: number;
  freeRequests: number;
  freeGbSeconds: number;
}

/** Public prices by architecture (https://aws.amazon.com/lambda/pricing/). */
export const PRICES: Record<"x86_64" | "arm64", PriceTable> = {
  x86_64: {
    requestPerMillion: 0.2,
    computeTiers: [
      { upTo: 6e9, price: 0.0000166667 },
      { upTo: 15e9, price: 0.000015 },
      { upTo: Number.POSITIVE_INFINITY, price: 0.0000133334 },
    ],
    provisionedPerGbSecond: 0.0000041667,
    provisionedDurationPerGbSecond: 0.0000097222,
    ephemeralPerGbSecond: 0.0000000309,
    freeRequests: 1e6,
    freeGbSeconds: 400_000,
  },
  arm64: {
    requestPerMillion: 0.2,
    computeTiers: [
      { upTo: 7.5e9, price: 0.0000133334 },
      { upTo: 18.75e9, price: 0.0000120001 },
      { upTo: Number.POSITIVE_INFINITY, price: 0.0000106667 },
    ],
    provisionedPerGbSecond: 0.0000033334,
    provisionedDurationPerGbSecond: 0.0000077778,
    ephemeralPerGbSecond: 0.0000000309,
    freeRequests: 1e6,
    freeGbSeconds: 400_000,
  },
};

/** Billable usage of one function or the whole account. */
export interface Usage {
  /** Invocations that ran (throttled requests are not billed). */
  requests: number;
  /** On-demand GB-seconds, including billed INIT time. */
  onDemandGbSeconds: number;
  /** GB-seconds of invocations that ran on provisioned environments. */
  provisionedDurationGbSeconds: number;
  /** GB-seconds provisioned environments were enabled (count × memory × time). */
  provisionedEnabledGbSeconds: number;
  /** GB-seconds of ephemeral storage above the free 512 MB. */
  ephemeralGbSeconds: number;
}

/** One line of the cost breakdown. */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  amount: number;
}

/** Cost in US dollars: the four headline numbers plus itemised lines. */
export interface Cost {
  requests: number;
  compute: number;
  provisioned: number;
  total: number;
  breakdown: CostLine[];
}

/** Unit prices for a scenario: the public table with any `pricing.prices` overrides applied. */
export function priceTable(pricing: Scenario["pricing"]): PriceTable {
  const base = PRICES[pricing.architecture];
  const o = pricing.prices ?? {};
  const tiers =
    o.computePerGbSecond === undefined
      ? base.computeTiers
      : [{ upTo: Number.POSITIVE_INFINITY, price: o.computePerGbSecond }];
  return {
    ...base,
    requestPerMillion: o.requestPerMillion ?? base.requestPerMillion,
    computeTiers: tiers,
    provisionedPerGbSecond: o.provisionedPerGbSecond ?? base.provisionedPerGbSecond,
    provisionedDurationPerGbSecond: o.provisionedDurationPerGbSecond ?? base.provisionedDurationPerGbSecond,
  };
}

function tiered(gbs: number, tiers: Tier[]): number {
  let cost = 0;
  let from = 0;
  for (const t of tiers) {
    if (gbs <= from) break;
    cost += (Math.min(gbs, t.upTo) - from) * t.price;
    from = t.upTo;
  }
  return cost;
}

/**
 * Cost of `u` at `prices`. With `freeTier`, the first 1M requests and 400,000 GB-s of on-demand
 * compute are free. Amounts are not rounded (the pricing page rounds each line up to the cent).
 *
 * @example computeCost({ requests: 3e6, onDemandGbSeconds: 1.5e6, ... }, PRICES.x86_64, true).total // ≈ 18.73
 */
export function computeCost(u: Usage, prices: PriceTable, freeTier: boolean): Cost {
  const billableRequests = Math.max(0, u.requests - (freeTier ? prices.freeRequests : 0));
  const billableGbs = Math.max(0, u.onDemandGbSeconds - (freeTier ? prices.freeGbSeconds : 0));
  const requests = (billableRequests / 1e6) * prices.requestPerMillion;
  const onDemand = tiered(billableGbs, prices.computeTiers);
  const storage = u.ephemeralGbSeconds * prices.ephemeralPerGbSecond;
  const pcEnabled = u.provisionedEnabledGbSeconds * prices.provisionedPerGbSecond;
  const pcDuration = u.provisionedDurationGbSeconds * prices.provisionedDurationPerGbSecond;
  const compute = onDemand + storage;
  const provisioned = pcEnabled + pcDuration;
  const line = (item: string, quantity: number, unit: string, amount: number): CostLine => ({
    item,
    quantity,
    unit,
    amount,
  });
  return {
    requests,
    compute,
    provisioned,
    total: requests + compute + provisioned,
    breakdown: [
      line("requests", billableRequests, "requests", requests),
      line("on-demand compute", billableGbs, "GB-s", onDemand),
      line("ephemeral storage above 512 MB", u.ephemeralGbSeconds, "GB-s", storage),
      line("provisioned concurrency (enabled)", u.provisionedEnabledGbSeconds, "GB-s", pcEnabled),
      line("provisioned concurrency (duration)", u.provisionedDurationGbSeconds, "GB-s", pcDuration),
    ],
  };
}

/** Splits `total` across parts in proportion to their cost without the free tier (keeps sums exact). */
export function shareCost(total: Cost, parts: Cost[]): Cost[] {
  const sum = (k: "requests" | "compute" | "provisioned") => parts.reduce((s, p) => s + p[k], 0);
  const sums = { requests: sum("requests"), compute: sum("compute"), provisioned: sum("provisioned") };
  return parts.map((p) => {
    const part = (k: "requests" | "compute" | "provisioned") => (sums[k] > 0 ? (total[k] * p[k]) / sums[k] : 0);
    const requests = part("requests");
    const compute = part("compute");
    const provisioned = part("provisioned");
    return { requests, compute, provisioned, total: requests + compute + provisioned, breakdown: p.breakdown };
  });
}
