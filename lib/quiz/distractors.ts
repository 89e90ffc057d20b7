import { answerOf } from "./answer-text";
import { type AnswerProfile, profileAnswer } from "./classify";
import { isAccepted } from "./match";
import { type QuizRng, shuffled } from "./random";
import type { QuizCard } from "./types";

/**
 * True when `a` and `b` would be graded as the same answer either way round: equal after
 * normalisation (case, spacing, units, `1,000` = `1000`, "Amazon" prefix, particles) or within
 * typo distance. Such a pair must never appear together among multiple-choice options.
 */
export function isSameAnswer(a: string, b: string): boolean {
  return isAccepted(a, b) || isAccepted(b, a);
}

/** Enough candidates for any question; bounds the pairwise rewording checks on large pools. */
const MAX_CANDIDATES = 60;

interface Candidate {
  text: string;
  profile: AnswerProfile;
}

/**
 * Every usable distractor for `card`, in pool order sorted by card id: answers (see `answerOf`: without
 * their own card's subject) of other cards with the
 * same subject and the same answer kind, none a rewording of the right answer, none a rewording of an
 * earlier candidate; at most 60. The result does not depend on the order of `pool`.
 */
export function distractorCandidates(card: QuizCard, pool: readonly QuizCard[]): string[] {
  return rankedCandidates(card, pool).map((c) => c.text);
}

function rankedCandidates(card: QuizCard, pool: readonly QuizCard[]): Candidate[] {
  const right = answerOf(card);
  const kind = profileAnswer(right).kind;
  const sorted = pool.slice().sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const out: Candidate[] = [];
  for (const other of sorted) {
    if (other.id === card.id || other.subject !== card.subject) continue;
    const text = answerOf(other);
    if (text.length === 0) continue;
    const profile = profileAnswer(text);
    if (profile.kind !== kind) continue;
    if (isSameAnswer(text, right) || out.some((c) => isSameAnswer(c.text, text))) continue;
    out.push({ text, profile });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * Up to `count` wrong options for a multiple-choice or true/false question about `card`, drawn with
 * `rng` from `distractorCandidates(card, pool)`. Candidates in the same language and, for numbers with
 * units, the same dimension (time with time, sizes with sizes) are preferred. Returns fewer than
 * `count` when the pool is too small; the caller then falls back to a typed question.
 *
 * @example chooseDistractors(timeoutCard, cards, createRng(7)) // ["5분", "30초", "1시간"]
 */
export function chooseDistractors(card: QuizCard, pool: readonly QuizCard[], rng: QuizRng, count = 3): string[] {
  const right = profileAnswer(answerOf(card));
  const tier = (c: Candidate) =>
    (c.profile.language === right.language ? 0 : 1) + (c.profile.dimension === right.dimension ? 0 : 2);
  const ranked = shuffled(rankedCandidates(card, pool), rng)
    .map((c, order) => ({ c, order, tier: tier(c) }))
    .sort((x, y) => x.tier - y.tier || x.order - y.order);
  return ranked.slice(0, Math.max(0, count)).map((r) => r.c.text);
}
