/**
 * Queueing-theory reference values used by tests, drills and explanations.
 * Erlang-B and Little's law: see the validation notes in docs/simulator.md.
 */

/**
 * Erlang-B blocking probability for `c` servers and offered load `a` = λ·E[S] (Erlangs), by the
 * stable recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). Holds for Poisson arrivals and any
 * service-time distribution, so it predicts the throttled fraction under a concurrency cap c.
 *
 * @example erlangB(30, 25) // ≈ 0.052603
 */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Little's law for an uncapped system: mean concurrency = arrival rate (1/s) × mean duration (s). */
export function littleConcurrency(ratePerSecond: number, meanDurationSeconds: number): number {
  return ratePerSecond * meanDurationSeconds;
}
