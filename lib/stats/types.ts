import type { CheckpointLabel, Grade, StudyDay } from "@/lib/schedule";

/**
 * Inputs of the dashboard statistics: plain rows the database layer reads (or pre-aggregates with SQL and
 * passes grouped). Nothing here touches the database.
 */

/** One stored answer. `grade` and `checkpoint` are null for a first study (no question was asked). */
export interface ReviewRow {
  /** ISO instant. */
  reviewedAt: string;
  grade: Grade | null;
  /** Time spent on the card, in milliseconds. */
  durationMs: number;
  cardId: string;
  subject: string | null;
  /** The checkpoint the card stood at when answered (`ReviewLog.checkpoint`). */
  checkpoint: CheckpointLabel | null;
}

/**
 * The answers of one study day. Build with `dailyTotals`, or in SQL grouped by
 * `((reviewed_at AT TIME ZONE $zone) - make_interval(hours => $dayStartHour))::date`.
 */
export interface DailyTotal {
  day: StudyDay;
  /** All answers, first studies included. */
  reviews: number;
  firstStudies: number;
  remembered: number;
  forgot: number;
  durationMs: number;
}

/** How many cards fall due on a day (`GROUP BY due_on`); days before today are overdue. */
export interface DueCount {
  dueOn: StudyDay;
  count: number;
}
