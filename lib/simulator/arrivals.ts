/**
 * Arrival processes. Each source returns successive arrival times in seconds, then Infinity.
 * Time-varying rates (steps, ramp, spike) are piecewise-linear intensity functions λ(t); arrivals
 * are placed where the cumulative intensity Λ(t) reaches 0, 1, 2… ("even") or a sum of unit
 * exponentials ("poisson", i.e. a non-homogeneous Poisson process by inversion).
 */
import type { Rng } from "./rng";
import type { Arrivals } from "./scenario";

/** Returns the next arrival time (s), or Infinity when there are no more before the end. */
export type ArrivalSource = () => number;

/** A segment [start, end) on which the rate goes linearly from r0 to r1 (per second). */
interface Segment {
  start: number;
  end: number;
  r0: number;
  r1: number;
}

/** Piecewise-linear rate segments covering [0, end) for a time-varying arrival spec. */
export function rateSegments(a: Arrivals, end: number): Segment[] {
  const segs: Segment[] = [];
  const flat = (start: number, stop: number, r: number) => {
    const s = Math.max(0, Math.min(start, end));
    const e = Math.max(s, Math.min(stop, end));
    if (e > s) segs.push({ start: s, end: e, r0: r, r1: r });
  };
  switch (a.process) {
    case "constant":
    case "poisson":
      flat(0, end, a.ratePerSecond);
      break;
    case "steps": {
      const steps = [...a.steps].sort((x, y) => x.atSecond - y.atSecond);
      steps.forEach((st, i) => {
        flat(st.atSecond, steps[i + 1]?.atSecond ?? end, st.ratePerSecond);
      });
      break;
    }
    case "ramp": {
      flat(0, a.startSecond, a.fromRate);
      const s = Math.min(a.startSecond, end);
      const e = Math.min(a.endSecond, end);
      if (e > s) {
        const slope = a.endSecond > a.startSecond ? (a.toRate - a.fromRate) / (a.endSecond - a.startSecond) : 0;
        segs.push({ start: s, end: e, r0: a.fromRate, r1: a.fromRate + slope * (e - a.startSecond) });
      }
      flat(a.endSecond, end, a.toRate);
      break;
    }
    case "spike":
      flat(0, a.atSecond, a.baseRate);
      flat(a.atSecond, a.atSecond + a.durationSeconds, a.spikeRate);
      flat(a.atSecond + a.durationSeconds, end, a.baseRate);
      break;
    case "trace":
      break;
  }
  return segs;
}

/** Inverts Λ over linear segments: returns t with Λ(t) = target, walking forward only. */
function piecewiseSource(segs: Segment[], nextTarget: () => number): ArrivalSource {
  let i = 0;
  let lambdaAtStart = 0; // Λ at segs[i].start
  let target = nextTarget();
  return () => {
    while (i < segs.length) {
      const s = segs[i] as Segment;
      const len = s.end - s.start;
      const total = ((s.r0 + s.r1) / 2) * len;
      const d = target - lambdaAtStart;
      if (d < total) {
        const b = (s.r1 - s.r0) / len;
        // Solve r0·x + b·x²/2 = d; this form is stable for b of either sign.
        const x = d <= 0 ? 0 : b === 0 ? d / s.r0 : (2 * d) / (s.r0 + Math.sqrt(Math.max(0, s.r0 * s.r0 + 2 * b * d)));
        target += nextTarget();
        return s.start + x;
      }
      lambdaAtStart += total;
      i += 1;
    }
    return Number.POSITIVE_INFINITY;
  };
}

/**
 * Builds the arrival source for `a` over [0, end) seconds. Constant rate: arrivals at 0, 1/r, 2/r…
 * Poisson: exponential gaps with mean 1/r. Trace: the given timestamps (sorted, those ≥ end dropped).
 */
export function makeArrivalSource(a: Arrivals, rng: Rng, end: number): ArrivalSource {
  if (a.process === "constant" || a.process === "poisson") {
    const r = a.ratePerSecond;
    if (r <= 0) return () => Number.POSITIVE_INFINITY;
    const gap = 1 / r;
    let k = 0;
    let t = 0;
    if (a.process === "constant") {
      return () => {
        const x = k * gap;
        k += 1;
        return x < end ? x : Number.POSITIVE_INFINITY;
      };
    }
    return () => {
      t -= gap * Math.log(rng.float());
      return t < end ? t : Number.POSITIVE_INFINITY;
    };
  }
  if (a.process === "trace") {
    const ts = Float64Array.from(a.timestampsSeconds).sort();
    let k = 0;
    return () => {
      const x = k < ts.length ? (ts[k] as number) : Number.POSITIVE_INFINITY;
      k += 1;
      return x < end ? x : Number.POSITIVE_INFINITY;
    };
  }
  const segs = rateSegments(a, end);
  let first = true;
  const nextTarget =
    a.spacing === "even"
      ? () => {
          if (first) {
            first = false;
            return 0;
          }
          return 1;
        }
      : () => -Math.log(rng.float());
  return piecewiseSource(segs, nextTarget);
}

/** Expected number of arrivals in [0, end) (for explanations and drills). */
export function expectedArrivals(a: Arrivals, end: number): number {
  if (a.process === "trace") return a.timestampsSeconds.filter((t) => t < end).length;
  return rateSegments(a, end).reduce((n, s) => n + ((s.r0 + s.r1) / 2) * (s.end - s.start), 0);
}
