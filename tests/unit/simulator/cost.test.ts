import { describe, expect, test } from "vitest";
import { computeCost, PRICES } from "@/lib/simulator/pricing";
import { simulate } from "@/lib/simulator/simulate";
import { scenario } from "./helpers";

const ceilCents = (x: number) => Math.ceil(x * 100 - 1e-9) / 100;

describe("cost", () => {
  test("pricing page example: 3M requests × 1 s × 512 MB with the free tier costs $18.74", () => {
    const c = computeCost(
      {
        requests: 3e6,
        onDemandGbSeconds: 1.5e6,
        provisionedDurationGbSeconds: 0,
        provisionedEnabledGbSeconds: 0,
        ephemeralGbSeconds: 0,
      },
      PRICES.x86_64,
      true,
    );
    expect(c.requests).toBeCloseTo(0.4, 10);
    expect(c.compute).toBeCloseTo(18.33337, 5);
    // The page rounds each line up to the cent: $18.34 + $0.40.
    expect(ceilCents(c.compute) + ceilCents(c.requests)).toBeCloseTo(18.74, 10);
  });

  // 3 million simulated calls: about a second alone, several on a loaded 2-core machine; the budget is
  // generous on purpose (a correctness test, not a timing one; speed is in `npm run bench -- simulator`).
  test("the same example simulated: 3,000 s of 1,000 requests/s × 1 s at 512 MB", { timeout: 120_000 }, () => {
    const r = simulate(
      scenario({
        durationSeconds: 3000,
        account: { concurrencyLimit: 2000 },
        pricing: { freeTier: true },
        functions: [
          {
            name: "f",
            memoryMb: 512,
            durationMs: { dist: "fixed", value: 1000 },
            coldStartMs: { dist: "fixed", value: 0 },
            arrivals: { process: "constant", ratePerSecond: 1000 },
          },
        ],
      }),
      { timeline: false },
    );
    expect(r.totals.invocations).toBe(3e6);
    expect(r.totals.gbSeconds).toBeCloseTo(1.5e6, 3);
    expect(ceilCents(r.totals.cost.compute) + ceilCents(r.totals.cost.requests)).toBeCloseTo(18.74, 10);
    expect(r.byFunction.f!.cost.total).toBeCloseTo(r.totals.cost.total, 6);
  });

  test("provisioned concurrency is charged while enabled, and arm64 is cheaper", () => {
    const make = (architecture: "x86_64" | "arm64") =>
      scenario({
        durationSeconds: 3600,
        pricing: { architecture },
        functions: [
          {
            name: "f",
            memoryMb: 1024,
            provisionedConcurrency: 10,
            durationMs: { dist: "fixed", value: 100 },
            arrivals: { process: "constant", ratePerSecond: 0 },
          },
        ],
      });
    const x86 = simulate(make("x86_64")).totals.cost;
    expect(x86.provisioned).toBeCloseTo(10 * 3600 * 0.0000041667, 5);
    expect(x86.total).toBeCloseTo(x86.provisioned, 6);
    expect(simulate(make("arm64")).totals.cost.provisioned).toBeLessThan(x86.provisioned);
  });

  test("higher compute tiers apply above 6 billion GB-s", () => {
    const c = computeCost(
      {
        requests: 0,
        onDemandGbSeconds: 7e9,
        provisionedDurationGbSeconds: 0,
        provisionedEnabledGbSeconds: 0,
        ephemeralGbSeconds: 0,
      },
      PRICES.x86_64,
      false,
    );
    expect(c.compute).toBeCloseTo(6e9 * 0.0000166667 + 1e9 * 0.000015, 2);
  });
});
