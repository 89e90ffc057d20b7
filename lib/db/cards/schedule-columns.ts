import type { LocalDay } from "@/lib/reminders";
import { type CardSchedule, checkpointOf, newCard, type StudyDay } from "@/lib/schedule";

/** A day (study or local) as the Date Prisma stores in a DATE column (UTC midnight of that day). */
export function dayToDate(day: StudyDay | LocalDay): Date;
export function dayToDate(day: StudyDay | LocalDay | null): Date | null;
export function dayToDate(day: StudyDay | LocalDay | null): Date | null {
  return day === null ? null : new Date(`${day}T00:00:00.000Z`);
}

/** A study-day DATE column (`dueOn`, `studyDay`, …) as a `StudyDay`. */
export function dateToDay(date: Date): StudyDay;
export function dateToDay(date: Date | null): StudyDay | null;
export function dateToDay(date: Date | null): StudyDay | null {
  return date === null ? null : date.toISOString().slice(0, 10);
}

/** A local-day DATE column (`pausedUntil`, a delivery's `localDay`) as a `LocalDay`. */
export function dateToLocalDay(date: Date): LocalDay;
export function dateToLocalDay(date: Date | null): LocalDay | null;
export function dateToLocalDay(date: Date | null): LocalDay | null {
  return date === null ? null : date.toISOString().slice(0, 10);
}

/**
 * The card columns that mirror its schedule: the full state lives in `schedule` (JSON), and the fields
 * queries filter or group on (due date, stage, checkpoint) are copied into indexed columns.
 */
export function scheduleColumns(schedule: CardSchedule) {
  const checkpoint = checkpointOf(schedule);
  return {
    stage: schedule.stage,
    firstStudiedOn: dayToDate(schedule.firstStudiedOn),
    dueOn: dayToDate(schedule.dueOn),
    checkpoint: checkpoint === null ? null : String(checkpoint),
    lapses: schedule.lapses,
    reps: schedule.reps,
    lastReviewedAt: schedule.lastReviewedAt ? new Date(schedule.lastReviewedAt) : null,
    schedule: schedule as unknown as object,
  };
}

/** Reads a card's stored schedule; cards never studied may have none. */
export function storedSchedule(value: unknown): CardSchedule {
  return value && typeof value === "object" ? (value as CardSchedule) : newCard();
}
