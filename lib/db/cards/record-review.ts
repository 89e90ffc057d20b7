import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  type Grade,
  firstStudy,
  reviewCard,
  reviewOutsideSchedule,
  type ScheduleResult,
  type UserScheduleSettings,
} from "@/lib/schedule";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { Prisma } from "@/generated/prisma/client";
import { dayToDate, scheduleColumns, storedSchedule } from "./schedule-columns";

export interface RecordReviewOptions {
  userId: string;
  cardId: string;
  grade: Grade;
  /** Client-generated id of this answer: retries and double clicks carry the same one. */
  requestId: string;
  at: Date;
  durationMs?: number;
  /** The card's `reps` when the client showed it; a mismatch means another tab answered it first. */
  expectedReps?: number;
  /** "before-exam": an answer from the "before the exam" queue, outside the schedule (`reviewOutsideSchedule`). */
  source?: "review" | "quiz" | "cli" | "api" | "before-exam";
  /** The user's settings when the caller already has them (saves a query per answer). */
  settings?: UserScheduleSettings;
}

export type RecordReviewResult =
  | { status: "recorded"; reviewId: string; dueOn: string | null; checkpoint: string | null }
  | { status: "duplicate"; reviewId: string }
  | { status: "already-answered" };

/**
 * Records one answer exactly once. The card row is locked for the transaction, so concurrent answers to
 * one card are serialised; a repeated requestId returns the first result; a stale `expectedReps`
 * (the card moved on in another tab) records nothing.
 */
export async function recordReview(options: RecordReviewOptions): Promise<RecordReviewResult> {
  const settings = options.settings ?? (await findScheduleSettings({ userId: options.userId }));
  try {
    return await db().$transaction(async (tx) => {
      // One round trip: lock the card and learn whether this request was already recorded.
      const [card] = await tx.$queryRaw<LockedCard[]>`
        select c.id, c.status, c.reps, c.schedule,
               (select r.id from "Review" r where r."userId" = ${options.userId} and r."requestId" = ${options.requestId}) as "recordedAs"
        from "Card" c where c.id = ${options.cardId} and c."userId" = ${options.userId}
        for update of c`;
      if (!card) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
      if (card.recordedAs) return { status: "duplicate", reviewId: card.recordedAs } as const;
      if (card.status !== "active")
        throw new AppError("CONFLICT", `card is ${card.status}`, { reason: "card-not-active" });
      if (options.expectedReps !== undefined && card.reps !== options.expectedReps) {
        return { status: "already-answered" } as const;
      }

      const schedule = storedSchedule(card.schedule);
      const result: ScheduleResult =
        options.source === "before-exam"
          ? reviewOutsideSchedule(schedule, options.grade, options.at, settings)
          : schedule.stage === "new"
            ? firstStudy(schedule, options.at, settings)
            : reviewCard(schedule, options.grade, options.at, settings);
      const columns = scheduleColumns(result.card);
      await tx.card.update({ where: { id: card.id }, data: columns, select: { id: true } });
      const review = await tx.review.create({
        data: {
          userId: options.userId,
          cardId: card.id,
          requestId: options.requestId,
          grade: result.log.grade ?? "first-study",
          source: options.source ?? "review",
          reviewedAt: options.at,
          studyDay: dayToDate(result.log.studyDay),
          durationMs: Math.max(0, Math.min(options.durationMs ?? 0, 3_600_000)),
          checkpoint: result.log.checkpoint === null ? null : String(result.log.checkpoint),
          prevState: result.log.previous as unknown as object,
          nextState: result.log.next as unknown as object,
        },
        select: { id: true },
      });
      return {
        status: "recorded",
        reviewId: review.id,
        dueOn: result.card.dueOn,
        checkpoint: columns.checkpoint,
      } as const;
    });
  } catch (error) {
    // Two requests with one requestId on different cards raced: the unique index let one win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db().review.findUnique({
        where: { userId_requestId: { userId: options.userId, requestId: options.requestId } },
        select: { id: true },
      });
      if (winner) return { status: "duplicate", reviewId: winner.id };
    }
    throw error;
  }
}

interface LockedCard {
  id: string;
  status: string;
  reps: number;
  schedule: unknown;
  recordedAs: string | null;
}
