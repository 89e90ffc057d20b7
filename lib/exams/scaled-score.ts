import type { ExamProfile } from "./types";

/**
 * The fraction of scored questions right that we treat as the pass line. AWS equates exam forms and does not
 * publish its raw-to-scaled mapping; we assume the pass line sits at the same fraction of the scale's top as
 * the passing score (720/1000 → 72 %, 700/1000 → 70 %). An assumption, stated in docs/exams.md.
 */
export function passFraction(profile: Pick<ExamProfile, "passingScore" | "scale">): number {
  return profile.passingScore / profile.scale.max;
}

/**
 * Estimated scaled score for a fraction correct (0–1): piecewise linear through (0, scale.min),
 * (passFraction, passingScore) and (1, scale.max), rounded to a whole point. So 72 % on an AWS associate exam
 * is exactly the 720 pass line, 86 % is 860 and 36 % is 410.
 */
export function scaledScore(fractionCorrect: number, profile: Pick<ExamProfile, "passingScore" | "scale">): number {
  const p = Math.min(1, Math.max(0, fractionCorrect));
  const cut = passFraction(profile);
  const { min, max } = profile.scale;
  const pass = profile.passingScore;
  if (cut <= 0 || cut >= 1) return Math.round(min + p * (max - min));
  const score = p <= cut ? min + (p / cut) * (pass - min) : pass + ((p - cut) / (1 - cut)) * (max - pass);
  return Math.round(score);
}
