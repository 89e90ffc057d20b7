import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type QuizMode, type QuizScore, remainingSeconds } from "@/lib/quiz";
import { type QuestionFeedback, feedbackFor } from "./feedback";
import { finishQuiz, scoreStoredQuiz } from "./finish-quiz";
import { quizColumns, type StoredResult, storedAnswers, storedResult } from "./stored-quiz";

export interface QuizResults {
  id: string;
  mode: QuizMode;
  startedAt: Date;
  finishedAt: Date;
  timeLimitSeconds: number | null;
  passPercent: number;
  score: QuizScore;
  /** Feedback (expected answer, diff, source) for every question, in quiz order. */
  feedback: QuestionFeedback[];
  effects: StoredResult["effects"];
  /** False for a moment after finishing, until the schedule has taken the results. */
  applied: boolean;
  /** False when the student chose that this practice quiz does not count toward the schedule. */
  affectsSchedule: boolean;
}

/**
 * A finished quiz's results: the score recomputed from the stored answers (overrides included),
 * breakdowns, time per question and feedback per question. Returns `null` for a quiz still running;
 * one whose time ran out is finished first.
 */
export async function loadQuizResults(options: {
  userId: string;
  quizId: string;
  now: Date;
}): Promise<QuizResults | null> {
  let row = await db().quiz.findFirst({ where: { id: options.quizId, userId: options.userId }, select: quizColumns });
  if (!row) throw new AppError("NOT_FOUND", "Quiz not found.", { reason: "not-found" });
  if (row.status !== "finished") {
    if (remainingSeconds(row.startedAt, row.timeLimitSeconds, options.now) !== 0) return null;
    await finishQuiz(options);
    row = await db().quiz.findFirstOrThrow({ where: { id: row.id, userId: options.userId }, select: quizColumns });
  }
  const score = scoreStoredQuiz(row);
  const answers = storedAnswers(row);
  const result = storedResult(row);
  return {
    id: row.id,
    mode: row.mode as QuizMode,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt ?? options.now,
    timeLimitSeconds: row.timeLimitSeconds,
    passPercent: row.passPercent,
    score,
    feedback: score.questions.map((r) =>
      feedbackFor(
        r.question,
        answers[r.questionId] ?? { response: null, answeredAt: null, timeMs: 0, flagged: false, override: false },
      ),
    ),
    effects: result?.effects ?? { lapses: [], reviews: [] },
    applied: row.appliedAt !== null,
    affectsSchedule: row.affectsSchedule,
  };
}
