import { db } from "@/lib/db/client";
import type { DomainScore } from "@/lib/exams";

export interface MockHistoryEntry {
  quizId: string;
  examCode: string;
  createdAt: Date;
  questions: number;
  /** Null while the mock is still running. */
  scaledScore: number | null;
  domainScores: DomainScore[];
}

/** The user's mock exams for one exam, newest first. */
export async function listMockHistory(options: { userId: string; examCode: string; take?: number }) {
  const rows = await db().examMock.findMany({
    where: { userId: options.userId, examCode: options.examCode },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 20,
    select: {
      quizId: true,
      examCode: true,
      createdAt: true,
      scaledScore: true,
      domainScores: true,
      questionDomains: true,
    },
  });
  return rows.map(
    (row): MockHistoryEntry => ({
      quizId: row.quizId,
      examCode: row.examCode,
      createdAt: row.createdAt,
      questions: Object.keys(row.questionDomains as object).length,
      scaledScore: row.scaledScore,
      domainScores: (row.domainScores ?? []) as unknown as DomainScore[],
    }),
  );
}

/** The mock behind a quiz, if the quiz is one (for its results page). */
export async function findMockOfQuiz(options: { userId: string; quizId: string }) {
  return db().examMock.findFirst({
    where: { quizId: options.quizId, userId: options.userId },
    select: { examCode: true, questionDomains: true },
  });
}
