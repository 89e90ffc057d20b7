import { classifyAnswer } from "./classify";
import { distractorCandidates } from "./distractors";
import type { QuestionType, QuizCard } from "./types";

/** Wrong options shown with a multiple-choice question. */
export const MULTIPLE_CHOICE_DISTRACTORS = 3;

export interface QuestionTypeOptions {
  /** Types the quiz may use; "typed" is always the last resort, even when not listed. */
  allowed?: readonly QuestionType[];
}

/**
 * The question types that fit `card`, best first; the last is always "typed".
 *
 * - cloze cards: cloze, then typed;
 * - yes/no answers: true-false (the front is the statement);
 * - fact cards: true-false (needs one distractor to build a false statement), multiple choice, typed;
 * - other cards: multiple choice when three distractors exist, else typed.
 */
export function eligibleQuestionTypes(card: QuizCard, pool: readonly QuizCard[]): QuestionType[] {
  if (card.type === "cloze") return ["cloze", "typed"];
  if (classifyAnswer(card.back) === "boolean") return ["true-false", "typed"];
  const available = distractorCandidates(card, pool).length;
  const types: QuestionType[] = [];
  if (card.type === "fact" && available >= 1) types.push("true-false");
  if (available >= MULTIPLE_CHOICE_DISTRACTORS) types.push("multiple-choice");
  types.push("typed");
  return types;
}

/**
 * The question type to ask `card` with: the first of `eligibleQuestionTypes` that `options.allowed`
 * permits, falling back to "typed" (for example multiple choice with fewer than three distractors).
 *
 * @example chooseQuestionType(clozeCard, pool) // "cloze"
 */
export function chooseQuestionType(
  card: QuizCard,
  pool: readonly QuizCard[],
  options: QuestionTypeOptions = {},
): QuestionType {
  const allowed = options.allowed;
  const eligible = eligibleQuestionTypes(card, pool);
  return eligible.find((t) => !allowed || allowed.includes(t)) ?? "typed";
}
