import { type StudyDay, addDays, daysBetween } from "@/lib/schedule";
import type { DueCount } from "./types";

export interface ForecastDay {
  day: StudyDay;
  /** Cards due that day; on day 0 (today) this includes the overdue ones. */
  count: number;
  /** Of `count`, cards that were already overdue (day 0 only, else 0). */
  overdue: number;
}

/** Due dates counted per day (for callers holding a list of `dueOn` values; nulls = new cards, skipped). */
export function groupDueDates(dueOns: readonly (StudyDay | null)[]): DueCount[] {
  const counts = new Map<StudyDay, number>();
  for (const dueOn of dueOns) if (dueOn !== null) counts.set(dueOn, (counts.get(dueOn) ?? 0) + 1);
  return [...counts].map(([dueOn, count]) => ({ dueOn, count })).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
}

/**
 * Due cards for each of the next `days` days starting today (day 0), overdue cards counted on day 0. The
 * forecast assumes nothing is answered; it is what the due list will show on each day if the student stops.
 * @example forecastDue([{ dueOn: "2024-10-20", count: 3 }, { dueOn: "2024-10-28", count: 5 }], "2024-10-27", 3)
 *   // [{ day: "2024-10-27", count: 3, overdue: 3 }, { day: "2024-10-28", count: 5, overdue: 0 }, { day: "2024-10-29", count: 0, overdue: 0 }]
 */
export function forecastDue(counts: readonly DueCount[], today: StudyDay, days = 30): ForecastDay[] {
  const forecast = Array.from(
    { length: Math.max(0, days) },
    (_, i): ForecastDay => ({ day: addDays(today, i), count: 0, overdue: 0 }),
  );
  for (const { dueOn, count } of counts) {
    const index = daysBetween(today, dueOn);
    const slot = forecast[Math.max(0, index)];
    if (!slot || index >= days) continue;
    slot.count += count;
    if (index < 0) slot.overdue += count;
  }
  return forecast;
}

/** Cards due now: overdue plus today's. */
export function dueNow(counts: readonly DueCount[], today: StudyDay): number {
  return counts.reduce((sum, { dueOn, count }) => (dueOn <= today ? sum + count : sum), 0);
}

/** The first day after today on which a card falls due ("nothing due; next on …"), or null. */
export function nextDueAfter(counts: readonly DueCount[], today: StudyDay): StudyDay | null {
  let next: StudyDay | null = null;
  for (const { dueOn, count } of counts) {
    if (count > 0 && dueOn > today && (next === null || dueOn < next)) next = dueOn;
  }
  return next;
}
