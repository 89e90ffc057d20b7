/** Per-second timeline rows: closes one simulated second for every function and the totals. */
import type { FnState, FnTimeline } from "./function-state";
import type { CoarseHistogram } from "./histogram";

/** The engine's figures a second's rows are made of (the engine passes itself). */
export interface TimelineSource {
  readonly fns: readonly FnState[];
  readonly totalTl: FnTimeline | null;
  readonly coarseAll: CoarseHistogram;
  readonly busyAll: number;
  /** Peak account concurrency within the second; reset to `busyAll` here. */
  secPeakAll: number;
}

/** Appends the finished second's figures and resets the per-second counters. */
export function closeSecond(e: TimelineSource): void {
  const tot = e.totalTl as FnTimeline;
  let cold = 0;
  let thr = 0;
  let inv = 0;
  let err = 0;
  let backlog = 0;
  for (const f of e.fns) {
    const tl = f.tl as FnTimeline;
    const b = f.asyncQueued + (f.sqs?.outstanding ?? 0);
    tl.concurrency.push(f.secPeak);
    tl.coldStarts.push(f.secCold);
    tl.throttles.push(f.secThrottle);
    tl.invocations.push(f.secInv);
    tl.errors.push(f.secErr);
    tl.backlog.push(b);
    tl.p95LatencyMs.push(tl.coarse.takeQuantile(0.95));
    cold += f.secCold;
    thr += f.secThrottle;
    inv += f.secInv;
    err += f.secErr;
    backlog += b;
    f.secPeak = f.busy;
    f.secCold = 0;
    f.secThrottle = 0;
    f.secInv = 0;
    f.secErr = 0;
  }
  tot.concurrency.push(e.secPeakAll);
  tot.coldStarts.push(cold);
  tot.throttles.push(thr);
  tot.invocations.push(inv);
  tot.errors.push(err);
  tot.backlog.push(backlog);
  tot.p95LatencyMs.push(e.coarseAll.takeQuantile(0.95));
  e.secPeakAll = e.busyAll;
}
