import { db } from "@/lib/db/client";
import { recordReview } from "@/lib/db/cards/record-review";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { isAppError } from "@/lib/errors";
import { type QuizRow, storedResult } from "./stored-quiz";

/** The review request id of one card's quiz outcome: the key that makes a quiz count once. */
export const quizRequestId = (quizId: string, cardId: string) => `quiz:${quizId}:${cardId}`;

/**
 * Records a finished quiz's lapses ("forgot") and reviews ("remembered") at the quiz's finish time.
 * Safe to repeat: `recordReview` is idempotent per request id. Cards suspended or answered later in the
 * meantime are skipped (their schedule moved on without this quiz). Marks the quiz applied afterwards.
 */
export async function applyQuizToSchedule(row: Pick<QuizRow, "id" | "userId" | "finishedAt" | "result">) {
  const result = storedResult(row);
  if (!result || !row.finishedAt) return;
  const settings = await findScheduleSettings({ userId: row.userId });
  const outcomes = [
    ...result.effects.lapses.map((cardId) => ({ cardId, grade: "forgot" as const })),
    ...result.effects.reviews.map((cardId) => ({ cardId, grade: "remembered" as const })),
  ];
  for (const { cardId, grade } of outcomes) {
    try {
      await recordReview({
        userId: row.userId,
        cardId,
        grade,
        requestId: quizRequestId(row.id, cardId),
        at: row.finishedAt,
        source: "quiz",
        settings,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  await db().quiz.updateMany({
    where: { id: row.id, userId: row.userId, appliedAt: null },
    data: { appliedAt: new Date() },
  });
}
