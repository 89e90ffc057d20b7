/**
 * Streaming latency statistics in bounded memory: a fixed log-linear histogram (HDR-style). The
 * bucket of a value is read from its float64 exponent and top 7 mantissa bits, so every octave has
 * 128 buckets (< 0.8% wide) from about 0.001 ms to 12 days: percentiles are within ±0.4% of the
 * exact value (and clamped to the exact observed min/max). No `Math.log`, nothing stored per sample.
 */

const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;
const MIN_EXP = -10; // 2^-10 ms ≈ 0.001 ms
const MAX_EXP = 30; // 2^30 ms ≈ 12.4 days
/** Number of fine buckets. */
export const FINE_BUCKETS = (MAX_EXP - MIN_EXP) * SUB;
/** Fine buckets per coarse (≈4.4%) bucket, used by the per-second timeline. */
export const COARSE_FACTOR = 8;
export const COARSE_BUCKETS = FINE_BUCKETS / COARSE_FACTOR;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // high word on little-endian
const OFFSET = (1023 + MIN_EXP) << SUB_BITS;

/** Fine bucket index for a latency in ms. */
export function bucketOf(ms: number): number {
  f64[0] = ms;
  const i = ((u32[HI] as number) >>> (20 - SUB_BITS)) - OFFSET;
  return i < 0 ? 0 : i < FINE_BUCKETS ? i : FINE_BUCKETS - 1;
}

/** Lower edge of fine bucket `i`, in ms. */
function lowerEdge(i: number): number {
  return 2 ** (Math.floor(i / SUB) + MIN_EXP) * (1 + (i % SUB) / SUB);
}

/** Representative value (middle) of fine bucket `i`, in ms. */
function fineValue(i: number): number {
  return (lowerEdge(i) + lowerEdge(i + 1)) / 2;
}

/** Quantile `q` (0..1) of the counts in `buckets`, using `valueAt` for bucket values. */
function quantileOf(buckets: Float64Array, total: number, q: number, valueAt: (i: number) => number): number {
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i] as number;
    if (seen >= rank) return valueAt(i);
  }
  return valueAt(buckets.length - 1);
}

/** Log-bucket histogram of latencies (ms) with exact count, sum, min and max. */
export class LogHistogram {
  readonly counts = new Float64Array(FINE_BUCKETS);
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;

  /** Records one sample and returns its fine bucket index. */
  add(ms: number): number {
    const i = bucketOf(ms);
    this.counts[i] = (this.counts[i] as number) + 1;
    this.count += 1;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
    return i;
  }

  /** Adds all samples of `other` into this histogram. */
  merge(other: LogHistogram): void {
    for (let i = 0; i < FINE_BUCKETS; i++) {
      this.counts[i] = (this.counts[i] as number) + (other.counts[i] as number);
    }
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** Quantile in ms (null when empty), clamped to the observed range. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const v = quantileOf(this.counts, this.count, q, fineValue);
    return Math.min(this.max, Math.max(this.min, v));
  }
}

/** Per-second p95 helper: coarse (≈4.4% wide) buckets, reset every simulated second. */
export class CoarseHistogram {
  readonly counts = new Float64Array(COARSE_BUCKETS);
  count = 0;

  /** Records a sample given its fine bucket index (from `LogHistogram.add`). */
  addFine(fineIndex: number): void {
    const i = (fineIndex / COARSE_FACTOR) | 0;
    this.counts[i] = (this.counts[i] as number) + 1;
    this.count += 1;
  }

  /** Quantile in ms (null when empty); then clears the counts for the next second. */
  takeQuantile(q: number): number | null {
    if (this.count === 0) return null;
    const v = quantileOf(
      this.counts,
      this.count,
      q,
      (i) => (lowerEdge(i * COARSE_FACTOR) + lowerEdge((i + 1) * COARSE_FACTOR)) / 2,
    );
    this.counts.fill(0);
    this.count = 0;
    return Math.round(v * 10) / 10;
  }
}
