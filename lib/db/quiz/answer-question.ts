import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLate, type Question, type QuizResponse, validPicks } from "@/lib/quiz";
import { type QuestionFeedback, feedbackFor } from "./feedback";
import { finishQuiz } from "./finish-quiz";
import { lockQuiz } from "./lock-quiz";
import { asJson, emptyAnswer, findQuestion, storedAnswers } from "./stored-quiz";

export interface AnswerQuestionOptions {
  userId: string;
  quizId: string;
  questionId: string;
  response: QuizResponse;
  /** Milliseconds on the question since its last save; added to the question's time. */
  timeMs?: number;
  now: Date;
}

/** Practice mode returns feedback; exam mode only confirms the save (no feedback until the end). */
export type AnswerQuestionResult = { mode: "practice"; feedback: QuestionFeedback } | { mode: "exam"; saved: true };

export const TIME_UP_MESSAGE = "Time is up: this answer arrived after the time limit and was not counted.";

function assertShape(question: Question, response: QuizResponse): void {
  const ok =
    question.type === "multiple-choice"
      ? typeof response === "number" &&
        Number.isInteger(response) &&
        response >= 0 &&
        response < question.options.length
      : question.type === "multiple-response"
        ? validPicks(response, question.options.length) !== null
        : question.type === "true-false"
          ? typeof response === "boolean"
          : typeof response === "string" && response.trim() !== "";
  if (!ok)
    throw new AppError("INVALID_INPUT", "That answer does not fit the question: choose an option or type an answer.", {
      reason: "invalid-answer",
    });
}

/**
 * Saves one answer on the server. Exam answers may be changed until the end (the last one counts);
 * a practice answer is final once its feedback was shown, so answering again is refused (the same answer
 * again, such as a retry, returns the same feedback). Answers after the deadline plus grace are refused
 * and the quiz is finished without them.
 *
 * @throws AppError CONFLICT (finished, time up, already answered), NOT_FOUND, INVALID_INPUT
 */
export async function answerQuestion(options: AnswerQuestionOptions): Promise<AnswerQuestionResult> {
  const outcome = await db().$transaction(async (tx) => {
    const row = await lockQuiz(tx, options.userId, options.quizId);
    if (row.status === "finished") {
      throw new AppError("CONFLICT", "This quiz is already finished; answers are no longer accepted.", {
        reason: "quiz-finished",
      });
    }
    if (isLate(options.now, row.startedAt, row.timeLimitSeconds)) return { late: true } as const;
    const question = findQuestion(row, options.questionId);
    assertShape(question, options.response);
    const answers = storedAnswers(row);
    const previous = answers[question.id] ?? emptyAnswer();
    if (row.mode === "practice" && previous.answeredAt !== null) {
      if (previous.response === options.response) return { late: false, feedback: feedbackFor(question, previous) };
      throw new AppError("CONFLICT", "You already answered this question; the first answer counts.", {
        reason: "already-answered",
      });
    }
    const saved = {
      ...previous,
      response: options.response,
      answeredAt: options.now.toISOString(),
      timeMs: previous.timeMs + (options.timeMs ?? 0),
    };
    await tx.quiz.update({ where: { id: row.id }, data: { answers: asJson({ ...answers, [question.id]: saved }) } });
    return { late: false, feedback: row.mode === "practice" ? feedbackFor(question, saved) : null };
  });
  if (outcome.late) {
    await finishQuiz({ userId: options.userId, quizId: options.quizId, now: options.now });
    throw new AppError("CONFLICT", TIME_UP_MESSAGE, { reason: "time-up" });
  }
  return outcome.feedback ? { mode: "practice", feedback: outcome.feedback } : { mode: "exam", saved: true };
}
