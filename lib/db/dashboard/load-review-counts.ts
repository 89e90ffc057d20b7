import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";

/**
 * Answers per study day from `from` to `to` (inclusive), undone ones left out: only days with answers,
 * oldest first. Summed from the per-day totals the database keeps beside "Review" (a few rows a day), so a
 * year of heatmap and streak costs no more than a week.
 */
export async function loadReviewCounts(options: {
  userId: string;
  from: StudyDay;
  to: StudyDay;
}): Promise<{ day: StudyDay; reviews: number }[]> {
  return db().$queryRaw<{ day: StudyDay; reviews: number }[]>`
    select "studyDay"::text as day, sum(reviews)::int as reviews from "ReviewDayTotal"
    where "userId" = ${options.userId} and "studyDay" between ${options.from}::date and ${options.to}::date
    group by "studyDay"
    having sum(reviews) > 0
    order by "studyDay"`;
}
