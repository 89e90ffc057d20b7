import { AppError } from "@/lib/errors";
import type { ExamProfile } from "./types";

/** A user's own exam as they define it: domains with weights, a pass mark in percent, a length. */
export interface CustomExamDefinition {
  id: string;
  name: string;
  domains: readonly { id: string; name: string; weight: number }[];
  /** Percent of questions right needed to pass, 1–100. */
  passPercent: number;
  questions: number;
  minutes: number;
}

/**
 * A custom exam as a profile: code `custom:<id>`, scored out of 100 (so the scaled score is the percent
 * right and the pass line is the pass mark), no unscored questions, both names the user's text.
 *
 * @throws AppError("INVALID_INPUT") when weights do not sum to 100, ids repeat, or numbers are out of range.
 */
export function customExamProfile(def: CustomExamDefinition): ExamProfile {
  const sum = def.domains.reduce((s, dom) => s + dom.weight, 0);
  if (def.domains.length === 0 || Math.abs(sum - 100) > 1e-6) {
    throw new AppError("INVALID_INPUT", `Domain weights must sum to 100 (they sum to ${sum}).`, { field: "domains" });
  }
  if (new Set(def.domains.map((dom) => dom.id)).size !== def.domains.length) {
    throw new AppError("INVALID_INPUT", "Each domain needs its own id.", { field: "domains" });
  }
  if (!(def.passPercent >= 1 && def.passPercent <= 100)) {
    throw new AppError("INVALID_INPUT", "The pass mark must be between 1 and 100 %.", { field: "passPercent" });
  }
  if (!Number.isInteger(def.questions) || def.questions < 1 || !(def.minutes > 0)) {
    throw new AppError("INVALID_INPUT", "An exam needs at least one question and a positive time.", {
      field: "questions",
    });
  }
  return {
    code: `custom:${def.id}`,
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
    scale: { min: 0, max: 100 },
    passingScore: def.passPercent,
    source: null,
    retired: false,
  };
}
