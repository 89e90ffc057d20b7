import { DateTime } from "luxon";
import type { StudyDay, UserScheduleSettings } from "./types";

/**
 * Study days: calendar arithmetic on `YYYY-MM-DD` strings, and the mapping from instants to study days.
 *
 * A study day starts at `dayStartHour` o'clock local time, so an instant belongs to the local calendar date
 * of its wall-clock time, minus one day when its local hour is before the day-start hour. This is wall-clock
 * arithmetic, so DST changes never shift the boundary. In SQL the same day is
 * `((reviewed_at AT TIME ZONE $zone) - make_interval(hours => $dayStartHour))::date`.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isStudyDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

// Day strings ↔ epoch-day numbers, memoised: dashboards do this for every card of every note.
const dayNumbers = new Map<StudyDay, number>();
const dayStrings = new Map<number, StudyDay>();
const MEMO_LIMIT = 200_000;

function toDayNumber(day: StudyDay): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const ms = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(ms) || !DAY_PATTERN.test(day)) throw new RangeError(`not a study day: ${day}`);
    n = Math.round(ms / DAY_MS);
    if (fromDayNumber(n) !== day) throw new RangeError(`not a study day: ${day}`); // e.g. 2024-02-30
    if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

function fromDayNumber(n: number): StudyDay {
  let day = dayStrings.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size >= MEMO_LIMIT) dayStrings.clear();
    dayStrings.set(n, day);
  }
  return day;
}

function toUtcMs(day: StudyDay): number {
  return toDayNumber(day) * DAY_MS;
}

/** `day` shifted by `days` calendar days (negative goes back). `addDays("2024-02-28", 2)` → `"2024-03-01"`. */
export function addDays(day: StudyDay, days: number): StudyDay {
  return fromDayNumber(toDayNumber(day) + Math.round(days));
}

/** Whole days from `from` to `to` (positive when `to` is later). `daysBetween("2024-09-28", "2024-10-27")` → 29. */
export function daysBetween(from: StudyDay, to: StudyDay): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The later of two study days (ISO strings compare in calendar order). */
export function maxDay(a: StudyDay, b: StudyDay): StudyDay {
  return a >= b ? a : b;
}

/** The earlier of two study days. */
export function minDay(a: StudyDay, b: StudyDay): StudyDay {
  return a <= b ? a : b;
}

/** ISO weekday of a study day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: StudyDay): number {
  const utcDay = new Date(toUtcMs(day)).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}

/**
 * The study day an instant belongs to, in the user's zone and day-start hour.
 * @example studyDayOf(new Date("2024-03-09T17:30:00Z"), { timeZone: "Asia/Seoul", dayStartHour: 4 })
 *   // 02:30 on 10 March in Seoul, before 04:00 → "2024-03-09"
 */
export function studyDayOf(instant: Date, settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">): StudyDay {
  const local = DateTime.fromMillis(instant.getTime(), { zone: settings.timeZone });
  if (!local.isValid) throw new RangeError(`invalid instant or time zone ${settings.timeZone}`);
  const date = local.toISODate() as string;
  return local.hour < settings.dayStartHour ? addDays(date, -1) : date;
}

/**
 * A memoised `studyDayOf` for many instants (stats over large histories). Every zone offset in use is a
 * multiple of 15 minutes, so all instants in the same 15-minute UTC slot share their study day.
 */
export function studyDayFn(
  settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">,
): (instant: Date | string) => StudyDay {
  const cache = new Map<number, StudyDay>();
  return (instant) => {
    const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError(`invalid instant ${String(instant)}`);
    const slot = Math.floor(ms / 900_000);
    let day = cache.get(slot);
    if (day === undefined) {
      day = studyDayOf(new Date(slot * 900_000), settings);
      cache.set(slot, day);
    }
    return day;
  };
}

/**
 * The instants a study day spans: `start` inclusive, `end` exclusive (the next day's start), for queries
 * such as "reviews today". Usually 24 h; 23 h or 25 h across a DST change. When the day-start hour does not
 * exist that day (clocks jump over it), the day starts at the first instant after the gap; when it occurs
 * twice (clocks fall back over it), at its first occurrence. Always consistent with `studyDayOf`.
 */
export function studyDayBounds(
  day: StudyDay,
  settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">,
): { start: Date; end: Date } {
  return { start: startOf(day, settings), end: startOf(addDays(day, 1), settings) };
}

/** The earliest instant whose study day is `day` (15-minute steps fix luxon's guess in DST overlaps). */
function startOf(day: StudyDay, settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">): Date {
  toUtcMs(day);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const local = DateTime.fromObject(
    { year: y, month: m, day: d, hour: settings.dayStartHour },
    { zone: settings.timeZone },
  );
  if (!local.isValid) throw new RangeError(`invalid time zone ${settings.timeZone}`);
  const slot = 900_000;
  let ms = local.toMillis();
  while (studyDayOf(new Date(ms), settings) < day) ms += slot;
  while (studyDayOf(new Date(ms - slot), settings) === day) ms -= slot;
  return new Date(ms);
}
