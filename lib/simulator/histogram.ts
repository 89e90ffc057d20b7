/**
 * Streaming latency statistics in bounded memory: a fixed log-spaced histogram (1% wide buckets
 * from 0.001 ms to about 11.6 days), so percentiles are within ±0.5% of the exact value (and
 * clamped to the exact observed min/max). Every sample costs one `Math.log`; nothing is stored.
 */

const MIN_MS = 0.001;
const GROWTH = 1.01;
const INV_LOG_GROWTH = 1 / Math.log(GROWTH);
/** Number of fine buckets: covers 0.001 ms to 1e9 ms. */
export const FINE_BUCKETS = Math.ceil(Math.log(1e9 / MIN_MS) * INV_LOG_GROWTH) + 1;
/** Fine buckets per coarse (≈5%) bucket, used by the per-second timeline. */
export const COARSE_FACTOR = 5;
export const COARSE_BUCKETS = Math.ceil(FINE_BUCKETS / COARSE_FACTOR);

/** Fine bucket index for a latency in ms. */
export function bucketOf(ms: number): number {
  if (ms <= MIN_MS) return 0;
  const i = Math.ceil(Math.log(ms / MIN_MS) * INV_LOG_GROWTH);
  return i < FINE_BUCKETS ? i : FINE_BUCKETS - 1;
}

/** Representative value (geometric middle) of fine bucket `i`, in ms. */
function fineValue(i: number): number {
  return i === 0 ? MIN_MS : MIN_MS * GROWTH ** (i - 0.5);
}

/** Quantile `q` (0..1) of the counts in `buckets`, using `valueOf` for bucket values. */
function quantileOf(
  buckets: Float64Array,
  total: number,
  q: number,
  valueOf: (i: number) => number,
): number {
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i] as number;
    if (seen >= rank) return valueOf(i);
  }
  return valueOf(buckets.length - 1);
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

/** Per-second p95 helper: coarse (≈5%) buckets, reset every simulated second. */
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
    const v = quantileOf(this.counts, this.count, q, (i) =>
      fineValue(i * COARSE_FACTOR + COARSE_FACTOR / 2),
    );
    this.counts.fill(0);
    this.count = 0;
    return Math.round(v * 10) / 10;
  }
}
