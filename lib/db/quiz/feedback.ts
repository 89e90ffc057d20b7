import type { DiffSegment, MatchReason, Question, QuestionSource, QuizResponse } from "@/lib/quiz";
import { gradeQuestion } from "@/lib/quiz";
import type { StoredAnswer } from "./stored-quiz";

/** What practice mode shows after an answer (and the results page for every wrong one). */
export interface QuestionFeedback {
  questionId: string;
  correct: boolean;
  overridden: boolean;
  /** The right answer as text; for multiple choice also its option index, for true/false its value. */
  expected: string;
  correctOption: number | null;
  correctValue: boolean | null;
  /** Multiple response only: the indices of the right options. */
  correctOptions: number[] | null;
  response: QuizResponse;
  /** Typed and cloze answers: why it was accepted or not, and the diff answer → expected. */
  reason: MatchReason | null;
  diff: DiffSegment[] | null;
  /** True when "I was right" may still be claimed (typed or cloze, graded wrong, not overridden). */
  canOverride: boolean;
  source: QuestionSource;
}

export function feedbackFor(question: Question, answer: StoredAnswer): QuestionFeedback {
  const grade = gradeQuestion(question, answer.response, answer.override);
  const typed = question.type === "typed" || question.type === "cloze";
  return {
    questionId: question.id,
    correct: grade.correct,
    overridden: grade.overridden,
    expected: question.expected,
    correctOption: question.type === "multiple-choice" ? question.correctOption : null,
    correctValue: question.type === "true-false" ? question.correct : null,
    correctOptions: question.type === "multiple-response" ? [...question.correctOptions] : null,
    response: answer.response,
    reason: grade.match?.reason ?? null,
    diff: grade.match?.diff ?? null,
    canOverride: typed && grade.answered && !grade.correct,
    source: question.source,
  };
}
