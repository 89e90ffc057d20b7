import { DateTime, IANAZone } from "luxon";
import { AppError } from "@/lib/errors";
import type { StudyDay } from "@/lib/schedule";

/**
 * A calendar day in the user's time zone, `YYYY-MM-DD`, midnight to midnight (when a digest is sent, which
 * day a vacation covers). Not a `StudyDay` (which starts at the user's day-start hour): the compiler
 * refuses one where the other is expected; convert explicitly with `localDayAsStudyDay`-style helpers.
 */
export type LocalDay = string & { readonly __day?: "local" };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for IANA zone names luxon (and so Intl) knows, such as "Asia/Seoul" or "UTC". */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/** @throws AppError("INVALID_INPUT") for an unknown zone. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone))
    throw new AppError("INVALID_INPUT", `Unknown time zone "${timeZone}".`, {
      reason: "invalid-time-zone",
      field: "timeZone",
    });
}

/**
 * Splits `HH:MM` (24-hour, zero-padded) into hour and minute.
 *
 * @throws AppError("INVALID_INPUT") for anything else ("7:30", "24:00").
 */
export function parseReminderTime(reminderTime: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(reminderTime);
  if (!m)
    throw new AppError("INVALID_INPUT", `Reminder time must be HH:MM, got "${reminderTime}".`, {
      reason: "invalid-setting",
      field: "reminderTime",
    });
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Splits `YYYY-MM-DD` into numbers. @throws AppError("INVALID_INPUT") for an invalid day. */
export function parseLocalDay(day: LocalDay): { year: number; month: number; day: number } {
  const m = DAY_RE.exec(day);
  const parsed = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!parsed || !DateTime.fromObject(parsed, { zone: "UTC" }).isValid) {
    throw new AppError("INVALID_INPUT", `Day must be YYYY-MM-DD, got "${day}".`, { reason: "invalid-date" });
  }
  return parsed;
}

/**
 * The calendar day `now` falls on in `timeZone` (midnight to midnight, not the study day).
 *
 * @example localDayOf(new Date("2026-03-09T15:30:00Z"), "Asia/Seoul") // "2026-03-10"
 */
export function localDayOf(now: Date, timeZone: string): LocalDay {
  assertTimeZone(timeZone);
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

/** `day` plus `days` calendar days. */
export function addLocalDays(day: LocalDay, days: number): LocalDay {
  return DateTime.fromObject(parseLocalDay(day), { zone: "UTC" }).plus({ days }).toISODate()!;
}

/**
 * The dedupe key of a user's digest for one local day: store it under a unique constraint (or use it
 * as the job's singleton key) so two workers, a retry or a restart can never send the digest twice.
 *
 * @example digestKey("user_1", "2026-03-10") // "digest:user_1:2026-03-10"
 */
export function digestKey(userId: string, localDay: LocalDay): string {
  parseLocalDay(localDay);
  if (userId.length === 0)
    throw new AppError("INVALID_INPUT", "digestKey needs a user id.", { reason: "invalid-input" });
  return `digest:${userId}:${localDay}`;
}

/**
 * The first instant whose wall-clock time in `timeZone` is `day` at `reminderTime`, DST-resolved:
 * a time skipped by a spring-forward change moves to the first valid minute after it (02:30 → 03:00 in
 * New York), and a time that occurs twice on a fall-back day resolves to the first occurrence.
 *
 * @example sendTimeOn("2026-03-10", "Asia/Seoul", "08:00").toISOString() // "2026-03-09T23:00:00.000Z"
 */
export function sendTimeOn(day: LocalDay, timeZone: string, reminderTime: string): Date {
  assertTimeZone(timeZone);
  const { year, month, day: dayOfMonth } = parseLocalDay(day);
  const { hour, minute } = parseReminderTime(reminderTime);
  const zone = IANAZone.create(timeZone);
  for (let m = hour * 60 + minute; m < 24 * 60; m++) {
    const wall = Date.UTC(year, month - 1, dayOfMonth, Math.floor(m / 60), m % 60);
    const offsets = new Set([zone.offset(wall - 86_400_000), zone.offset(wall), zone.offset(wall + 86_400_000)]);
    const instants = [...offsets].map((o) => wall - o * 60_000).filter((t) => zone.offset(t) * 60_000 === wall - t);
    if (instants.length > 0) return new Date(Math.min(...instants));
  }
  // The rest of the day does not exist (a zone that skipped a whole date): the next day's midnight.
  return DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: timeZone })
    .plus({ days: 1 })
    .startOf("day")
    .toJSDate();
}

/**
 * The local day on which a study day's reviews are announced (calendar events): the same date, because a
 * reminder time normally comes after the day start (08:00 against 04:00), when study day D is local day D.
 */
export function reminderDayOf(day: StudyDay): LocalDay {
  return day as string;
}
