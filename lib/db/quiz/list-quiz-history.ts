import { db } from "@/lib/db/client";
import type { QuizMode } from "@/lib/quiz";
import { storedQuestions, storedResult } from "./stored-quiz";

export interface QuizHistoryItem {
  id: string;
  mode: QuizMode;
  status: "in-progress" | "finished";
  startedAt: Date;
  finishedAt: Date | null;
  questionCount: number;
  answered: number | null;
  correct: number | null;
  percent: number | null;
  passPercent: number;
  passed: boolean | null;
  timeLimitSeconds: number | null;
}

/** The user's quizzes, newest first: finished ones with their score, running ones to resume. */
export async function listQuizHistory(options: {
  userId: string;
  limit?: number;
  status?: "in-progress" | "finished";
}) {
  const rows = await db().quiz.findMany({
    where: { userId: options.userId, ...(options.status ? { status: options.status } : {}) },
    orderBy: { startedAt: "desc" },
    take: options.limit ?? 100,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      questions: true,
      result: true,
      passPercent: true,
      timeLimitSeconds: true,
    },
  });
  return rows.map((row): QuizHistoryItem => {
    const result = storedResult(row);
    return {
      id: row.id,
      mode: row.mode as QuizMode,
      status: row.status === "finished" ? "finished" : "in-progress",
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      questionCount: storedQuestions(row).questions.length,
      answered: result?.answered ?? null,
      correct: result?.correct ?? null,
      percent: result?.percent ?? null,
      passPercent: row.passPercent,
      passed: result?.passed ?? null,
      timeLimitSeconds: row.timeLimitSeconds,
    };
  });
}
