import type { Prisma } from "@/generated/prisma/client";
import { asJson } from "@/lib/db/quiz/stored-quiz";
import { mockResult } from "@/lib/exams";
import type { QuizScore } from "@/lib/quiz";
import { findExamForUser } from "./find-exam";

/**
 * When the finished quiz is a mock exam, stores its scaled-score estimate and per-domain scores beside it
 * (for the history and the dashboard trend). Runs inside the finishing transaction; does nothing for quizzes.
 */
export async function recordMockResult(
  tx: Prisma.TransactionClient,
  quiz: { id: string; userId: string },
  score: QuizScore,
): Promise<void> {
  const mock = await tx.examMock.findFirst({
    where: { quizId: quiz.id, userId: quiz.userId },
    select: { examCode: true, questionDomains: true },
  });
  if (!mock) return;
  const profile = await findExamForUser({ userId: quiz.userId, code: mock.examCode });
  const result = mockResult(profile, score.questions, mock.questionDomains as Record<string, string>);
  await tx.examMock.update({
    where: { quizId: quiz.id },
    data: { scaledScore: result.scaledScore, domainScores: asJson(result.domains) },
  });
}
