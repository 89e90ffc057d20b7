import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/**
 * A seeded source of integers. It is stateful (each call advances it), so create one per quiz with
 * `createRng(seed)`; the same seed always yields the same sequence.
 */
export interface QuizRng {
  /** Uniform integer in `[min, max]`, both included. */
  int(min: number, max: number): number;
}

/** A `QuizRng` backed by pure-rand's xoroshiro128+. `seed` is any 32-bit integer. */
export function createRng(seed: number): QuizRng {
  const generator = xoroshiro128plus(seed | 0);
  return { int: (min, max) => uniformInt(generator, min, max) };
}

/** A shuffled copy of `items` (Fisher–Yates); the input is not changed. */
export function shuffled<T>(items: readonly T[], rng: QuizRng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
