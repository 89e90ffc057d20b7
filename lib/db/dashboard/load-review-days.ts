import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";
import { type DailyTotal, type RecallInput, emptyDay } from "@/lib/stats";
import { toCheckpointLabel } from "./checkpoint-label";

export interface ReviewDays {
  /** One entry per study day with answers, oldest first. */
  totals: DailyTotal[];
  /** The same answers grouped by grade and checkpoint, for `recallByCheckpoint` / `overallRecall`. */
  recall: RecallInput[];
}

interface DayGroup {
  day: StudyDay;
  grade: string;
  checkpoint: string | null;
  count: number;
  durationMs: number;
}

/**
 * Answers from `from` to `to` (study days, inclusive; undone answers left out), by study day, grade and
 * checkpoint: read from the per-day totals the database keeps beside "Review" (a few rows a day, not a row
 * per answer). `studyDay` is in the user's zone already, so no zone math here.
 */
export async function loadReviewDays(options: { userId: string; from: StudyDay; to: StudyDay }): Promise<ReviewDays> {
  const groups = await db().$queryRaw<DayGroup[]>`
    select "studyDay"::text as day, grade, nullif(checkpoint, '') as checkpoint, reviews as count,
           "durationMs"::float8 as "durationMs"
    from "ReviewDayTotal"
    where "userId" = ${options.userId} and "studyDay" between ${options.from}::date and ${options.to}::date
      and reviews <> 0`;
  const byDay = new Map<StudyDay, DailyTotal>();
  const recall: RecallInput[] = [];
  for (const g of groups) {
    let total = byDay.get(g.day);
    if (!total) {
      total = emptyDay(g.day);
      byDay.set(g.day, total);
    }
    total.reviews += g.count;
    total.durationMs += g.durationMs;
    if (g.grade === "remembered") total.remembered += g.count;
    else if (g.grade === "forgot") total.forgot += g.count;
    else total.firstStudies += g.count;
    const grade = g.grade === "remembered" || g.grade === "forgot" ? g.grade : null;
    recall.push({ grade, checkpoint: toCheckpointLabel(g.checkpoint), subject: null, count: g.count });
  }
  return { totals: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)), recall };
}
