import { AppError } from "@/lib/errors";

/** A domain's share of an exam: its id, its weight (any positive scale) and optionally how many questions it can supply. */
export interface AllocationInput {
  id: string;
  weight: number;
  /** Most questions this domain can supply (its mapped cards); unlimited when absent. */
  capacity?: number;
}

/**
 * Splits `total` questions between domains in proportion to their weights by the largest-remainder method:
 * every domain gets the whole part of its quota, and the questions left over go to the largest fractional
 * parts (ties: larger weight, then input order). 50 questions of 30/26/24/20 → 15/13/12/10.
 *
 * With capacities, a domain never gets more than it can supply; what it cannot take is split among the
 * others again by the same rule. Returns counts in input order; their sum is `total`, or the total capacity
 * when that is smaller.
 *
 * @throws AppError("INVALID_INPUT") for a negative or fractional total, or no positive weight.
 */
export function allocateQuestions(domains: readonly AllocationInput[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new AppError("INVALID_INPUT", "The question count must be a whole number ≥ 0.", { reason: "invalid-input" });
  if (!domains.some((dom) => dom.weight > 0))
    throw new AppError("INVALID_INPUT", "At least one domain needs a positive weight.", { reason: "invalid-input" });
  const counts = domains.map(() => 0);
  const capacityOf = (i: number) => domains[i]?.capacity ?? Number.POSITIVE_INFINITY;
  let open = domains.map((_, i) => i).filter((i) => (domains[i]?.weight ?? 0) > 0 && capacityOf(i) > 0);
  let left = total;
  while (left > 0 && open.length > 0) {
    const shares = largestRemainder(
      open.map((i) => domains[i]?.weight ?? 0),
      left,
    );
    const countOf = (i: number) => counts[i] ?? 0;
    const full = open.filter((i, k) => countOf(i) + (shares[k] ?? 0) >= capacityOf(i));
    if (full.length === 0) {
      open.forEach((i, k) => {
        counts[i] = countOf(i) + (shares[k] ?? 0);
      });
      break;
    }
    // Fill the domains that cannot take their share, then split what is left among the rest.
    for (const i of full) {
      left -= capacityOf(i) - countOf(i);
      counts[i] = capacityOf(i);
    }
    open = open.filter((i) => !full.includes(i));
  }
  return counts;
}

/** Plain largest remainder: whole quotas, then one extra for the largest fractions (ties: larger weight, earlier). */
function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w / sum) * total);
  const counts = quotas.map((q) => Math.floor(q + 1e-9));
  const leftover = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, fraction: q - (counts[i] ?? 0), weight: weights[i] ?? 0 }))
    .sort((a, b) => b.fraction - a.fraction || b.weight - a.weight || a.i - b.i);
  for (let k = 0; k < leftover; k++) {
    const pick = order[k % order.length];
    if (pick) counts[pick.i] = (counts[pick.i] ?? 0) + 1;
  }
  return counts;
}
