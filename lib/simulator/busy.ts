/**
 * Concurrency accounting: busy environments per function and for the account, their time integrals
 * over the arrival window (for mean concurrency) and their peaks (whole run and current second).
 */
import type { FnState } from "./function-state";

/** The account-wide figures the engine keeps next to each function's own. */
export interface BusyTotals {
  readonly fns: readonly FnState[];
  /** End of the arrival window (s): the integrals stop there. */
  readonly T: number;
  busyAll: number;
  areaAll: number;
  lastTAll: number;
  peakAll: number;
  secPeakAll: number;
}

/** `delta` environments of `f` became busy (+) or free (−) at time t. */
export function changeBusy(e: BusyTotals, f: FnState, t: number, delta: number): void {
  const tc = Math.min(t, e.T);
  f.area += f.busy * (tc - f.lastT);
  f.lastT = tc;
  e.areaAll += e.busyAll * (tc - e.lastTAll);
  e.lastTAll = tc;
  f.busy += delta;
  e.busyAll += delta;
  if (delta > 0) {
    if (f.busy > f.peak) f.peak = f.busy;
    if (f.busy > f.secPeak) f.secPeak = f.busy;
    if (e.busyAll > e.peakAll) e.peakAll = e.busyAll;
    if (e.busyAll > e.secPeakAll) e.secPeakAll = e.busyAll;
  }
}

/** Carries the integrals to the end of the arrival window (once the run is over). */
export function closeIntegrals(e: BusyTotals): void {
  for (const f of e.fns) {
    if (f.lastT < e.T) {
      f.area += f.busy * (e.T - f.lastT);
      f.lastT = e.T;
    }
  }
  if (e.lastTAll < e.T) {
    e.areaAll += e.busyAll * (e.T - e.lastTAll);
    e.lastTAll = e.T;
  }
}
