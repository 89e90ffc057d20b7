import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type PublicQuestion, type QuizMode, type QuizResponse, remainingSeconds, toPublicQuestion } from "@/lib/quiz";
import { type QuestionFeedback, feedbackFor } from "./feedback";
import { finishQuiz } from "./finish-quiz";
import { quizColumns, storedAnswers, storedQuestions } from "./stored-quiz";

export interface RunnerAnswer {
  response: QuizResponse;
  answered: boolean;
  flagged: boolean;
}

/** What the quiz page needs to resume a quiz: questions without their answers, and what was saved. */
export interface QuizRunnerState {
  id: string;
  mode: QuizMode;
  status: "in-progress" | "finished";
  requestedCount: number;
  timeLimitSeconds: number | null;
  /** Server-clock seconds left, `null` when untimed. */
  remainingSeconds: number | null;
  passPercent: number;
  questions: PublicQuestion[];
  answers: Record<string, RunnerAnswer>;
  /** Practice mode: feedback for the questions already answered, so a reload shows it again. */
  feedback: Record<string, QuestionFeedback>;
}

/**
 * Loads the user's quiz for the runner. A timed quiz whose time ran out while nobody was watching (tab
 * closed) is finished here, so it never stays open past its deadline.
 */
export async function loadQuiz(options: { userId: string; quizId: string; now: Date }): Promise<QuizRunnerState> {
  let row = await db().quiz.findFirst({ where: { id: options.quizId, userId: options.userId }, select: quizColumns });
  if (!row) throw new AppError("NOT_FOUND", "Quiz not found.", { reason: "not-found" });
  const left = remainingSeconds(row.startedAt, row.timeLimitSeconds, options.now);
  if (row.status === "in-progress" && left === 0) {
    await finishQuiz(options);
    row = await db().quiz.findFirstOrThrow({ where: { id: row.id, userId: options.userId }, select: quizColumns });
  }
  const stored = storedQuestions(row);
  const saved = storedAnswers(row);
  const answers: Record<string, RunnerAnswer> = {};
  const feedback: Record<string, QuestionFeedback> = {};
  for (const question of stored.questions) {
    const answer = saved[question.id];
    if (!answer) continue;
    const answered = answer.answeredAt !== null;
    answers[question.id] = { response: answer.response, answered, flagged: answer.flagged };
    if (answered && row.mode === "practice") feedback[question.id] = feedbackFor(question, answer);
  }
  return {
    id: row.id,
    mode: row.mode as QuizMode,
    status: row.status === "finished" ? "finished" : "in-progress",
    requestedCount: stored.requestedCount,
    timeLimitSeconds: row.timeLimitSeconds,
    remainingSeconds: row.status === "finished" ? 0 : left,
    passPercent: row.passPercent,
    questions: stored.questions.map(toPublicQuestion),
    answers,
    feedback,
  };
}
