import { AppError } from "@/lib/errors";
import type { ExamProfile } from "./types";

/**
 * A user's own exam as stored: its name and short code, domains with weights (percent, summing to 100), the
 * number of questions, the minutes, the score scale and the passing score on it. Older rows have only
 * `passPercent` (scored 0–100); they read the same way with scale 0–100.
 */
export interface CustomExamDefinition {
  id: string;
  name: string;
  /** The user's own short code (`CKA`); frontmatter `exam:` may name it. */
  code?: string;
  /** Domain ids are their position ("1", "2", …) so `exam-domain: 2` works as for AWS exams. */
  domains: readonly { id: string; name: string; weight: number }[];
  questions: number;
  minutes: number;
  scale?: { min: number; max: number };
  /** Lowest passing score on `scale`. */
  passingScore?: number;
  /** @deprecated the first stored shape: percent right to pass, on a 0–100 scale. */
  passPercent?: number;
}

const PERCENT_SCALE = { min: 0, max: 100 };

/**
 * A custom exam as a profile: code `custom:<id>` (its identity for mappings and mocks), `label` the user's short
 * code, both names the user's text, no unscored questions.
 *
 * @throws AppError("INVALID_INPUT") when weights do not sum to 100, ids repeat, or numbers are out of range
 *   (the form and the CLI validate first, with a message per field: `customExamSchema`).
 */
export function customExamProfile(def: CustomExamDefinition): ExamProfile {
  const sum = def.domains.reduce((s, dom) => s + dom.weight, 0);
  if (def.domains.length === 0 || Math.abs(sum - 100) > 1e-6) {
    throw new AppError("INVALID_INPUT", `Domain weights must sum to 100 (they sum to ${sum}).`, { field: "domains" });
  }
  if (new Set(def.domains.map((dom) => dom.id)).size !== def.domains.length) {
    throw new AppError("INVALID_INPUT", "Each domain needs its own id.", { field: "domains" });
  }
  const scale = def.scale ?? PERCENT_SCALE;
  const passingScore = def.passingScore ?? def.passPercent ?? Number.NaN;
  if (!(scale.max > scale.min) || !(passingScore > scale.min && passingScore <= scale.max)) {
    throw new AppError("INVALID_INPUT", "The passing score must lie on the scale, above its minimum.", {
      field: "passingScore",
    });
  }
  if (!Number.isInteger(def.questions) || def.questions < 1 || !(def.minutes > 0)) {
    throw new AppError("INVALID_INPUT", "An exam needs at least one question and a positive time.", {
      field: "questions",
    });
  }
  return {
    code: `custom:${def.id}`,
    ...(def.code ? { label: def.code } : {}),
    name: { en: def.name, ko: def.name },
    domains: def.domains.map((dom) => ({
      id: dom.id,
      name: { en: dom.name, ko: dom.name },
      weight: dom.weight,
      keywords: [],
    })),
    scoredQuestions: def.questions,
    unscoredQuestions: 0,
    minutes: def.minutes,
    scale: { min: scale.min, max: scale.max },
    passingScore,
    source: null,
    retired: false,
  };
}

/** Whether a code (frontmatter `exam:`, case-insensitive) names this exam: its code or a custom exam's label. */
export function examNamedBy(profile: Pick<ExamProfile, "code" | "label">, code: string): boolean {
  const wanted = code.trim().toUpperCase();
  return (
    wanted === profile.code.toUpperCase() || (profile.label !== undefined && wanted === profile.label.toUpperCase())
  );
}
