import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type CardSchedule, sameCard } from "@/lib/schedule";
import { scheduleColumns, storedSchedule } from "./schedule-columns";

/**
 * Undoes the user's most recent review: the card returns to its state before that answer and the review
 * is marked undone (kept, not deleted). Refuses when the card changed since (e.g. answered again elsewhere).
 * With `requestId` (the review page's undo after an answer), refuses unless that answer is the most recent
 * one, so a page never undoes an answer given on another device.
 */
export async function undoLastReview(options: {
  userId: string;
  requestId?: string;
}): Promise<{ cardId: string; reviewId: string }> {
  return db().$transaction(async (tx) => {
    const last = await tx.review.findFirst({
      where: { userId: options.userId, undoneAt: null, source: { in: ["review", "cli", "before-exam"] } },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
    });
    if (!last) throw new AppError("NOT_FOUND", "nothing to undo", { reason: "nothing-to-undo" });
    if (options.requestId !== undefined && last.requestId !== options.requestId) {
      throw new AppError("CONFLICT", "a later answer came first", { reason: "stale-card" });
    }
    await tx.$queryRaw`select id from "Card" where id = ${last.cardId} and "userId" = ${options.userId} for update`;
    const card = await tx.card.findUniqueOrThrow({ where: { id: last.cardId } });
    if (!sameCard(storedSchedule(card.schedule), last.nextState as unknown as CardSchedule)) {
      throw new AppError("CONFLICT", "the card has changed since that review", { reason: "stale-card" });
    }
    await tx.card.update({ where: { id: card.id }, data: scheduleColumns(last.prevState as unknown as CardSchedule) });
    await tx.review.update({ where: { id: last.id }, data: { undoneAt: new Date() } });
    return { cardId: card.id, reviewId: last.id };
  });
}
