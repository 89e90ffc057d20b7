import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type QuizRow, quizColumns } from "./stored-quiz";

/**
 * Reads the user's quiz inside `tx` with its row locked until the transaction ends, so answers, flags and
 * the finish of one quiz never interleave (two tabs, a retry, the timer's auto-submit).
 */
export async function lockQuiz(tx: Prisma.TransactionClient, userId: string, quizId: string): Promise<QuizRow> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    select id from "Quiz" where id = ${quizId} and "userId" = ${userId} for update`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Quiz not found.", { reason: "not-found" });
  return tx.quiz.findUniqueOrThrow({ where: { id: quizId }, select: quizColumns });
}
