import { type StudyDay, addDays, weekdayOf } from "@/lib/schedule";
import { dailySeries } from "./daily";
import type { DailyTotal } from "./types";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
  day: StudyDay;
  /** Answers that day, first studies included. */
  count: number;
  /** 0 = none; 1–4 = up to a quarter, half, three quarters, all of the busiest day's count. */
  level: HeatLevel;
  /** 1 = Monday … 7 = Sunday, for laying out calendar columns. */
  weekday: number;
}

export interface Heatmap {
  /** Oldest first, ending today; exactly `days` entries. */
  days: HeatmapDay[];
  /** The busiest day's count (0 when there were no answers). */
  max: number;
  total: number;
  activeDays: number;
}

/** Level of a count relative to the busiest day: `ceil(4 × count / max)`, 0 for none. */
export function heatLevel(count: number, max: number): HeatLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / max)) as HeatLevel;
}

/**
 * Answers per day over the last `days` days (default 365, today included), like a contribution calendar.
 * @example heatmap(totals, "2024-10-27").days.at(-1) // { day: "2024-10-27", count, level, weekday: 7 }
 */
export function heatmap(totals: readonly DailyTotal[], today: StudyDay, days = 365): Heatmap {
  const series = dailySeries(totals, addDays(today, -(days - 1)), today);
  const max = series.reduce((m, t) => Math.max(m, t.reviews), 0);
  let total = 0;
  let activeDays = 0;
  const cells = series.map((t): HeatmapDay => {
    total += t.reviews;
    if (t.reviews > 0) activeDays++;
    return { day: t.day, count: t.reviews, level: heatLevel(t.reviews, max), weekday: weekdayOf(t.day) };
  });
  return { days: cells, max, total, activeDays };
}
