/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/),
 * seeded through splitmix32. Pure 32-bit integer arithmetic, so it runs unchanged in Node,
 * browsers and web workers, and the same seed gives the same stream everywhere.
 */

const TWO_POW_32 = 4294967296;

/** splitmix32 step: turns any integer into a well-mixed 32-bit value. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A small, fast generator with a 128-bit state. `float()` returns a value in (0, 1), never 0 or 1,
 * so `Math.log(rng.float())` is always finite.
 *
 * @example new Rng(42, 3).float() // same value on every run and platform
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `seed` is the scenario seed; `stream` separates independent streams (per function and purpose). */
  constructor(seed: number, stream = 0) {
    let x = splitmix32((seed | 0) ^ Math.imul(stream + 1, 0x2545f491));
    this.s0 = x;
    x = splitmix32(x + stream);
    this.s1 = x;
    x = splitmix32(x ^ 0x5bd1e995);
    this.s2 = x;
    x = splitmix32(x + 0x27d4eb2f);
    this.s3 = x | 1; // never an all-zero state
  }

  /** Next raw 32-bit unsigned integer. */
  uint32(): number {
    const s1 = this.s1;
    const r = Math.imul(s1, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** Uniform in the open interval (0, 1) with 32-bit resolution. */
  float(): number {
    return (this.uint32() + 0.5) / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
}

/** Stream ids so each function's arrivals, durations, cold starts and errors use separate streams. */
export const Stream = { arrivals: 1, duration: 2, init: 3, errors: 4, retries: 5, drills: 6 } as const;

/** Stream number for `purpose` of function `fnIndex`; keeps streams independent across functions. */
export function streamFor(fnIndex: number, purpose: number): number {
  return fnIndex * 16 + purpose;
}
