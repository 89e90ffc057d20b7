/** Turns the engine's final state into the `SimulationResult` JSON shape. */
import type { Engine } from "./engine";
import type { FnState, FnTimeline } from "./function-state";
import { LogHistogram } from "./histogram";
import { type Cost, computeCost, priceTable, shareCost, type Usage } from "./pricing";
import type { FunctionStats, LatencySummary, Timeline } from "./types";

const round = (x: number, digits = 6) => {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
};

function latencySummary(h: LogHistogram): LatencySummary {
  const q = (p: number) => {
    const v = h.quantile(p);
    return v === null ? null : round(v, 3);
  };
  return {
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    mean: h.count > 0 ? round(h.sum / h.count, 3) : null,
    max: h.count > 0 ? round(h.max, 3) : null,
  };
}

function timelineOf(tl: FnTimeline | null): Timeline | undefined {
  if (tl === null) return undefined;
  const { concurrency, coldStarts, throttles, invocations, errors, backlog, p95LatencyMs } = tl;
  return { concurrency, coldStarts, throttles, invocations, errors, backlog, p95LatencyMs };
}

function usageOf(f: FnState, T: number): Usage {
  return {
    requests: f.invocations,
    onDemandGbSeconds: f.gbsOD,
    provisionedDurationGbSeconds: f.gbsPC,
    provisionedEnabledGbSeconds: f.provisioned * f.memGb * T,
    ephemeralGbSeconds: f.ephemeralGbs,
  };
}

function roundCost(c: Cost): Cost {
  return {
    requests: round(c.requests),
    compute: round(c.compute),
    provisioned: round(c.provisioned),
    total: round(c.total),
    breakdown: c.breakdown.map((l) => ({ ...l, quantity: round(l.quantity, 3), amount: round(l.amount) })),
  };
}

function statsOf(f: FnState, e: Engine, cost: Cost): FunctionStats {
  const s = f.sqs;
  const pending = s !== null ? s.outstanding : f.busy + f.asyncQueued;
  const out: FunctionStats = {
    requests: f.requests,
    invocations: f.invocations,
    throttled: f.throttled,
    throttledBy: {
      accountOrUnreserved: f.throttledAccount,
      reservedConcurrency: f.throttledReserved,
      scalingRate: f.throttledScaling,
    },
    coldStarts: f.coldStarts,
    coldStartRate: f.invocations > 0 ? round(f.coldStarts / f.invocations) : 0,
    provisionedInvocations: f.provisionedInvocations,
    meanConcurrency: round(f.area / e.T, 4),
    peakConcurrency: f.peak,
    latencyMs: latencySummary(f.latency),
    retries: f.retries,
    errors: f.errors,
    timeouts: f.timeouts,
    rejected: f.rejected,
    deadLettered: f.deadLettered,
    discarded: f.discarded,
    pendingAtEnd: pending,
    gbSeconds: round(f.gbsOD + f.gbsPC, 3),
    cost: roundCost(cost),
  };
  if (s !== null) {
    out.sqs = {
      messagesDeleted: s.deleted,
      maxBacklog: s.maxOutstanding,
      backlogAtEnd: s.outstanding,
      drainedAtSecond: s.len === 0 && s.drainedAt !== null ? round(s.drainedAt, 3) : null,
      peakPollerConcurrency: s.peakAllowed,
      expired: s.expired,
    };
  }
  const tl = timelineOf(f.tl);
  if (tl !== undefined) out.timeline = tl;
  return out;
}

/**
 * Per-function and total statistics with costs (free tier applied once, to the account), read from an
 * engine after `finish`; reads only, so calling it twice gives the same result.
 */
export function buildStats(e: Engine): { totals: FunctionStats; byFunction: Record<string, FunctionStats> } {
  const pricing = e.scenario.pricing;
  const prices = priceTable(pricing);
  const usages = e.fns.map((f) => usageOf(f, e.T));
  const sum = (k: keyof Usage) => usages.reduce((s, u) => s + u[k], 0);
  const totalUsage: Usage = {
    requests: sum("requests"),
    onDemandGbSeconds: sum("onDemandGbSeconds"),
    provisionedDurationGbSeconds: sum("provisionedDurationGbSeconds"),
    provisionedEnabledGbSeconds: sum("provisionedEnabledGbSeconds"),
    ephemeralGbSeconds: sum("ephemeralGbSeconds"),
  };
  const totalCost = computeCost(totalUsage, prices, pricing.freeTier);
  const shares = shareCost(
    totalCost,
    usages.map((u) => computeCost(u, prices, false)),
  );
  const byFunction: Record<string, FunctionStats> = {};
  e.fns.forEach((f, i) => {
    byFunction[f.cfg.name] = statsOf(f, e, shares[i] as Cost);
  });
  const all = Object.values(byFunction);
  const add = (
    k:
      | "requests"
      | "invocations"
      | "throttled"
      | "coldStarts"
      | "provisionedInvocations"
      | "retries"
      | "errors"
      | "timeouts"
      | "rejected"
      | "deadLettered"
      | "discarded"
      | "pendingAtEnd"
      | "gbSeconds",
  ) =>
    round(
      all.reduce((s, x) => s + x[k], 0),
      3,
    );
  const merged = new LogHistogram();
  for (const f of e.fns) merged.merge(f.latency);
  const invocations = add("invocations");
  const totals: FunctionStats = {
    requests: add("requests"),
    invocations,
    throttled: add("throttled"),
    throttledBy: {
      accountOrUnreserved: all.reduce((s, x) => s + x.throttledBy.accountOrUnreserved, 0),
      reservedConcurrency: all.reduce((s, x) => s + x.throttledBy.reservedConcurrency, 0),
      scalingRate: all.reduce((s, x) => s + x.throttledBy.scalingRate, 0),
    },
    coldStarts: add("coldStarts"),
    coldStartRate: invocations > 0 ? round(add("coldStarts") / invocations) : 0,
    provisionedInvocations: add("provisionedInvocations"),
    meanConcurrency: round(e.areaAll / e.T, 4),
    peakConcurrency: e.peakAll,
    latencyMs: latencySummary(merged),
    retries: add("retries"),
    errors: add("errors"),
    timeouts: add("timeouts"),
    rejected: add("rejected"),
    deadLettered: add("deadLettered"),
    discarded: add("discarded"),
    pendingAtEnd: add("pendingAtEnd"),
    gbSeconds: add("gbSeconds"),
    cost: roundCost(totalCost),
  };
  const tl = timelineOf(e.totalTl);
  if (tl !== undefined) totals.timeline = tl;
  return { totals, byFunction };
}
