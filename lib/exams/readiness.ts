import { scaledScore } from "./scaled-score";
import type { ExamProfile } from "./types";

/** Chance of guessing a four-option multiple-choice question right. */
export const GUESS_RATE = 0.25;
/** Width of the range: ±1.96 standard deviations, about 95 % if the model's assumptions hold. */
const Z_95 = 1.96;

/** A domain's evidence: the predicted recall (0–1) of each of its mapped cards on exam day. */
export interface DomainEvidence {
  domainId: string;
  recalls: readonly number[];
}

export interface DomainReadiness {
  id: string;
  /** Percent, as in the exam guide. */
  weight: number;
  /** Mapped cards counted. */
  cards: number;
  /** Mean predicted recall of those cards, 0–1 (3 decimals); null when the domain has no cards. */
  predictedRecall: number | null;
  /** Chance of answering one of its questions right (recall, else a guess), 0–1. */
  predictedCorrect: number;
}

/**
 * The forecast. With no mapped card in any domain there is nothing to predict from: `predictedScore`, `range`
 * and `predictedCorrect` are null (the UI points to the mapping instead of showing a number), never the
 * guess/recall midpoint the empty domains would otherwise add up to.
 */
export interface Readiness {
  /** Estimated scaled score; null when no card is mapped to any domain. */
  predictedScore: number | null;
  /** Low and high scaled score of the uncertainty range; null with the score. */
  range: [number, number] | null;
  passingScore: number;
  /** Expected fraction of scored questions right, 0–1 (3 decimals); null with the score. */
  predictedCorrect: number | null;
  domains: DomainReadiness[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Weighs each domain's predicted recall into a predicted scaled score with an uncertainty range.
 *
 * - A question is answered right when its card is recalled, otherwise by a guess (1 in 4): per domain,
 *   c = r + (1 − r) · 0.25, where r is the mean predicted recall of the domain's cards.
 * - The expected fraction right is Σ wᵢ·cᵢ (weights as fractions), mapped to the scale by `scaledScore`.
 * - Variance: the exam draws only `scoredQuestions` questions (binomial noise, Σ wᵢ·cᵢ(1−cᵢ)/N) and each
 *   domain's mean is estimated from its k cards (Σ wᵢ²·cᵢ(1−cᵢ)/k). A domain with no cards is known only to lie
 *   between guessing and full recall: c = 0.625 (the midpoint) with variance 0.375²/3 (uniform), so an
 *   unmapped domain widens the range instead of silently counting as zero.
 * - No mapped card at all: the score, range and fraction are null (see `Readiness`).
 * - Range: expected ± 1.96 σ, clamped to 0–1, then mapped to the scale.
 */
export function predictReadiness(
  profile: Pick<ExamProfile, "domains" | "scoredQuestions" | "passingScore" | "scale">,
  evidence: readonly DomainEvidence[],
): Readiness {
  const byId = new Map(evidence.map((e) => [e.domainId, e.recalls]));
  const weightSum = profile.domains.reduce((s, dom) => s + dom.weight, 0) || 1;
  const questions = Math.max(1, profile.scoredQuestions);
  let expected = 0;
  let variance = 0;
  const domains = profile.domains.map((dom): DomainReadiness => {
    const w = dom.weight / weightSum;
    const recalls = byId.get(dom.id) ?? [];
    if (recalls.length === 0) {
      const c = (GUESS_RATE + 1) / 2;
      expected += w * c;
      variance += (w * c * (1 - c)) / questions + (w * w * (1 - GUESS_RATE) ** 2) / 12;
      return { id: dom.id, weight: dom.weight, cards: 0, predictedRecall: null, predictedCorrect: round3(c) };
    }
    const r = recalls.reduce((s, x) => s + Math.min(1, Math.max(0, x)), 0) / recalls.length;
    const c = r + (1 - r) * GUESS_RATE;
    expected += w * c;
    variance += (w * c * (1 - c)) / questions + (w * w * c * (1 - c)) / recalls.length;
    return {
      id: dom.id,
      weight: dom.weight,
      cards: recalls.length,
      predictedRecall: round3(r),
      predictedCorrect: round3(c),
    };
  });
  if (domains.every((dom) => dom.cards === 0)) {
    return { predictedScore: null, range: null, passingScore: profile.passingScore, predictedCorrect: null, domains };
  }
  const sd = Math.sqrt(variance);
  const low = Math.max(0, expected - Z_95 * sd);
  const high = Math.min(1, expected + Z_95 * sd);
  return {
    predictedScore: scaledScore(expected, profile),
    range: [scaledScore(low, profile), scaledScore(high, profile)],
    passingScore: profile.passingScore,
    predictedCorrect: round3(expected),
    domains,
  };
}
