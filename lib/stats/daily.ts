import { type StudyDay, type UserScheduleSettings, addDays, daysBetween, studyDayFn } from "@/lib/schedule";
import type { DailyTotal, ReviewRow } from "./types";

/** A day with no answers. */
export function emptyDay(day: StudyDay): DailyTotal {
  return { day, reviews: 0, firstStudies: 0, remembered: 0, forgot: 0, durationMs: 0 };
}

/**
 * Answers grouped by study day (user's zone and day-start hour), oldest day first; only days with answers.
 * @example dailyTotals(rows, { timeZone: "Asia/Seoul", dayStartHour: 4 })
 */
export function dailyTotals(
  rows: readonly Pick<ReviewRow, "reviewedAt" | "grade" | "durationMs">[],
  settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">,
): DailyTotal[] {
  const dayOf = studyDayFn(settings);
  const byDay = new Map<StudyDay, DailyTotal>();
  for (const row of rows) {
    const day = dayOf(row.reviewedAt);
    let total = byDay.get(day);
    if (!total) {
      total = emptyDay(day);
      byDay.set(day, total);
    }
    total.reviews++;
    total.durationMs += row.durationMs;
    if (row.grade === null) total.firstStudies++;
    else if (row.grade === "remembered") total.remembered++;
    else total.forgot++;
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** The totals of one day (zeros when nothing was answered): "today's reviews so far". */
export function totalOn(totals: readonly DailyTotal[], day: StudyDay): DailyTotal {
  const found = totals.find((total) => total.day === day);
  return found ? { ...found } : emptyDay(day);
}

/**
 * Every day from `from` to `to` inclusive with its totals, zeros where nothing was answered: the series for
 * "reviews per day" and "time spent per day" charts. Empty when `to` is before `from`.
 */
export function dailySeries(totals: readonly DailyTotal[], from: StudyDay, to: StudyDay): DailyTotal[] {
  const length = daysBetween(from, to) + 1;
  if (length <= 0) return [];
  const series = Array.from({ length }, (_, i) => emptyDay(addDays(from, i)));
  for (const total of totals) {
    const index = daysBetween(from, total.day);
    if (index >= 0 && index < length) series[index] = { ...total };
  }
  return series;
}
