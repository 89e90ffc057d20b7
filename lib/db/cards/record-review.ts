import { randomUUID } from "node:crypto";
import type pg from "pg";
import { sqlPool } from "@/lib/db/client";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { AppError } from "@/lib/errors";
import {
  type Grade,
  firstStudy,
  reviewCard,
  reviewOutsideSchedule,
  type ScheduleResult,
  type UserScheduleSettings,
} from "@/lib/schedule";
import { scheduleColumns, storedSchedule } from "./schedule-columns";

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

/** Optimistic attempts before falling back to locking the card (only a card answered in a tight loop needs it). */
const OPTIMISTIC_ATTEMPTS = 2;
const UNIQUE_VIOLATION = "23505";

/**
 * Records one answer exactly once, in two round trips and no transaction on the common path: read the card
 * (and whether this requestId was already recorded), schedule it, then one statement that updates the card
 * only if its row version (`xmin`) is still the one read and inserts the review only if that update happened.
 * A concurrent answer, edit or undo changes the version, so the write does nothing and the answer is
 * re-read and re-scheduled on top of it; the same as locking the card, which is the last attempt's fallback.
 * A repeated requestId returns the first result; a stale `expectedReps` (the card moved on in another tab)
 * records nothing.
 */
export async function recordReview(options: RecordReviewOptions): Promise<RecordReviewResult> {
  const settings = options.settings ?? (await findScheduleSettings({ userId: options.userId }));
  try {
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      const outcome = await attemptReview(sqlPool(), options, settings, false);
      if (outcome !== "card-changed") return outcome;
    }
    const client = await sqlPool().connect();
    try {
      await client.query("begin");
      const outcome = await attemptReview(client, options, settings, true);
      await client.query("commit");
      if (outcome === "card-changed") throw new Error("a locked card changed under its lock");
      return outcome;
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    // Two requests with one requestId on different cards raced: the unique index let one win.
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      const winner = await recordedReviewId(options);
      if (winner) return { status: "duplicate", reviewId: winner };
    }
    throw error;
  }
}

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

async function attemptReview(
  sql: Queryable,
  options: RecordReviewOptions,
  settings: UserScheduleSettings,
  lock: boolean,
): Promise<RecordReviewResult | "card-changed"> {
  const { rows } = await sql.query<ReadCard>(
    `select c.id, c.status, c.reps, c.schedule, c.xmin::text as version,
            (select r.id from "Review" r where r."userId" = $2 and r."requestId" = $3) as "recordedAs"
     from "Card" c where c.id = $1 and c."userId" = $2 ${lock ? "for update of c" : ""}`,
    [options.cardId, options.userId, options.requestId],
  );
  const card = rows[0];
  if (!card) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
  if (card.recordedAs) return { status: "duplicate", reviewId: card.recordedAs };
  if (card.status !== "active") throw new AppError("CONFLICT", `card is ${card.status}`, { reason: "card-not-active" });
  if (options.expectedReps !== undefined && card.reps !== options.expectedReps) return { status: "already-answered" };

  const schedule = storedSchedule(card.schedule);
  const result: ScheduleResult =
    options.source === "before-exam"
      ? reviewOutsideSchedule(schedule, options.grade, options.at, settings)
      : schedule.stage === "new"
        ? firstStudy(schedule, options.at, settings)
        : reviewCard(schedule, options.grade, options.at, settings);
  const columns = scheduleColumns(result.card);
  const reviewId = randomUUID();
  const written = await sql.query(writeSql, [
    card.id,
    options.userId,
    card.version,
    columns.stage,
    result.card.firstStudiedOn,
    result.card.dueOn,
    columns.checkpoint,
    columns.lapses,
    columns.reps,
    columns.lastReviewedAt?.toISOString() ?? null,
    JSON.stringify(result.card),
    new Date().toISOString(),
    reviewId,
    options.requestId,
    result.log.grade ?? "first-study",
    options.source ?? "review",
    options.at.toISOString(),
    result.log.studyDay,
    Math.max(0, Math.min(options.durationMs ?? 0, 3_600_000)),
    result.log.checkpoint === null ? null : String(result.log.checkpoint),
    JSON.stringify(result.log.previous),
    JSON.stringify(result.log.next),
  ]);
  if (written.rowCount === 0) return "card-changed";
  return { status: "recorded", reviewId, dueOn: result.card.dueOn, checkpoint: columns.checkpoint };
}

/**
 * The card update and the review insert as one statement (so both or neither): the update matches only the
 * row version that was read, and the insert takes its row from the update. Timestamps are passed as UTC
 * ISO strings and stored as UTC, like Prisma stores them.
 */
const writeSql = `
  with updated as (
    update "Card" set stage = $4, "firstStudiedOn" = $5::date, "dueOn" = $6::date, checkpoint = $7, lapses = $8,
      reps = $9, "lastReviewedAt" = ($10::timestamptz at time zone 'UTC'), schedule = $11::jsonb,
      "updatedAt" = ($12::timestamptz at time zone 'UTC')
    where id = $1 and "userId" = $2 and xmin = $3::xid
    returning id
  )
  insert into "Review" (id, "userId", "cardId", "requestId", grade, source, "reviewedAt", "studyDay", "durationMs",
                        checkpoint, "prevState", "nextState", "createdAt")
  select $13, $2, updated.id, $14, $15, $16, ($17::timestamptz at time zone 'UTC'), $18::date, $19, $20,
         $21::jsonb, $22::jsonb, ($12::timestamptz at time zone 'UTC')
  from updated`;

async function recordedReviewId(options: RecordReviewOptions): Promise<string | null> {
  const { rows } = await sqlPool().query<{ id: string }>(
    `select id from "Review" where "userId" = $1 and "requestId" = $2`,
    [options.userId, options.requestId],
  );
  return rows[0]?.id ?? null;
}

interface ReadCard {
  id: string;
  status: string;
  reps: number;
  schedule: unknown;
  version: string;
  recordedAs: string | null;
}
