import { type AnswerMatch, matchAnswer } from "./match";
import type { NumericAnswer, Question, QuizResponse } from "./types";

/** A question as sent to the browser: no expected answer, no correct option, no truth value. */
export type PublicQuestion =
  | Omit<Extract<Question, { type: "multiple-choice" }>, "expected" | "correctOption">
  | Omit<Extract<Question, { type: "multiple-response" }>, "expected" | "correctOptions">
  | Omit<Extract<Question, { type: "typed" }>, "expected" | "numeric">
  | Omit<Extract<Question, { type: "cloze" }>, "expected">
  | Omit<Extract<Question, { type: "true-false" }>, "expected" | "correct">;

/** Strips the answer from a question, for exam mode and for any question not yet answered. */
export function toPublicQuestion(question: Question): PublicQuestion {
  switch (question.type) {
    case "multiple-choice": {
      const { expected: _e, correctOption: _c, ...rest } = question;
      return rest;
    }
    case "multiple-response": {
      const { expected: _e, correctOptions: _c, ...rest } = question;
      return rest;
    }
    case "true-false": {
      const { expected: _e, correct: _c, ...rest } = question;
      return rest;
    }
    case "typed": {
      const { expected: _e, numeric: _n, ...rest } = question;
      return rest;
    }
    default: {
      const { expected: _e, ...rest } = question;
      return rest;
    }
  }
}

/** The grade of one response. */
export interface QuestionGrade {
  /** False for `null` (skipped) and for a response of the wrong shape. */
  answered: boolean;
  correct: boolean;
  /** 1 or 0 for choices; `matchAnswer`'s score for typed and cloze answers (1 when overridden). */
  score: number;
  /** True when the student's "I was right" override turned a wrong typed answer into a right one. */
  overridden: boolean;
  /** Typed and cloze answers only. */
  match: AnswerMatch | null;
}

const unanswered: QuestionGrade = { answered: false, correct: false, score: 0, overridden: false, match: null };

/**
 * Grades `response` to `question` (see `QuizResponse` for the shape per type). `override` is the
 * student's "I was right" and only applies to typed and cloze questions.
 *
 * @example gradeQuestion(typedQuestion, "15 minutes").correct // true when expected is "15분"
 */
export function gradeQuestion(question: Question, response: QuizResponse, override = false): QuestionGrade {
  if (response === null) return unanswered;
  switch (question.type) {
    case "multiple-choice": {
      if (typeof response !== "number" || !Number.isInteger(response)) return unanswered;
      if (response < 0 || response >= question.options.length) return unanswered;
      const correct = response === question.correctOption;
      return { answered: true, correct, score: correct ? 1 : 0, overridden: false, match: null };
    }
    case "multiple-response": {
      const picked = validPicks(response, question.options.length);
      if (picked === null) return unanswered;
      const want = question.correctOptions;
      const correct = picked.length === want.length && picked.every((option, i) => option === want[i]);
      return { answered: true, correct, score: correct ? 1 : 0, overridden: false, match: null };
    }
    case "true-false": {
      if (typeof response !== "boolean") return unanswered;
      const correct = response === question.correct;
      return { answered: true, correct, score: correct ? 1 : 0, overridden: false, match: null };
    }
    default: {
      if (typeof response !== "string" || response.trim() === "") return unanswered;
      const numeric = question.type === "typed" ? question.numeric : undefined;
      const match = numeric
        ? matchNumber(response, question.expected, numeric)
        : matchAnswer(response, question.expected);
      const overridden = override && !match.correct;
      return {
        answered: true,
        correct: match.correct || overridden,
        score: overridden ? 1 : match.score,
        overridden,
        match,
      };
    }
  }
}

/**
 * A typed number within the allowed error counts, whatever the formatting ("1,000", "1000 req/s");
 * the text diff is still shown so the student sees how far off they were.
 */
function matchNumber(response: string, expected: string, numeric: NumericAnswer): AnswerMatch {
  const found = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(response);
  const given = found ? Number(found[0].replaceAll(",", "")) : Number.NaN;
  const correct = Number.isFinite(given) && Math.abs(given - numeric.value) <= numeric.allowedError + 1e-9;
  const text = matchAnswer(response, expected);
  return { ...text, correct, score: correct ? 1 : 0, reason: correct ? "normalized" : "number-mismatch" };
}

/** The picked option indices, sorted and distinct, or null when the response is not a non-empty list of options. */
export function validPicks(response: QuizResponse, optionCount: number): number[] | null {
  if (!Array.isArray(response) || response.length === 0) return null;
  const picks = [...new Set(response)].sort((a, b) => a - b);
  return picks.every((i) => Number.isInteger(i) && i >= 0 && i < optionCount) ? picks : null;
}
