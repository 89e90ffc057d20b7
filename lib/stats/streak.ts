import { type StudyDay, addDays } from "@/lib/schedule";
import type { DailyTotal } from "./types";

export interface Streak {
  /** Consecutive study days with at least one answer, ending today, or yesterday if today has none yet. */
  current: number;
  /** The longest such run ever (up to today). */
  longest: number;
  studiedToday: boolean;
  /** Last day with an answer (up to today), or null. */
  lastStudyDay: StudyDay | null;
}

/**
 * The study streak. A streak survives until the end of the day after its last day: at 09:00 a student
 * who studied yesterday but not yet today still has their streak. Days after `today` are ignored.
 * @example streak([{ day: "2024-10-26", reviews: 3 }, { day: "2024-10-27", reviews: 1 }], "2024-10-27").current // 2
 */
export function streak(totals: readonly Pick<DailyTotal, "day" | "reviews">[], today: StudyDay): Streak {
  const days = [...new Set(totals.filter((t) => t.reviews > 0 && t.day <= today).map((t) => t.day))].sort();
  let longest = 0;
  let run = 0;
  let previous: StudyDay | null = null;
  for (const day of days) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const lastStudyDay = previous;
  const studiedToday = lastStudyDay === today;
  const alive = studiedToday || lastStudyDay === addDays(today, -1);
  return { current: alive ? run : 0, longest, studiedToday, lastStudyDay };
}
