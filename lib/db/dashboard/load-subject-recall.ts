import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";
import { type RecallRate, recallBySubject } from "@/lib/stats";

/**
 * Recall rate per subject of the graded answers since `from` (study day), lowest first, subjects with at
 * least `minReviews` answers; first studies and undone answers are left out. With `lastAnswers`, only the
 * most recent that many answers count: it bounds the review → card → note join for very busy students,
 * while light ones still get their whole window.
 */
export async function loadSubjectRecall(options: {
  userId: string;
  from: StudyDay;
  minReviews?: number;
  lastAnswers?: number;
}): Promise<RecallRate<string | null>[]> {
  const limit = options.lastAnswers ?? null;
  const groups = await db().$queryRaw<{ subject: string | null; grade: "remembered" | "forgot"; count: number }[]>`
    select n.subject, r.grade, count(*)::int as count
    from (
      select "cardId", grade from "Review"
      where "userId" = ${options.userId} and "undoneAt" is null
        and "studyDay" >= ${options.from}::date and grade in ('remembered', 'forgot')
      order by "studyDay" desc
      limit ${limit}
    ) r
      join "Card" c on c.id = r."cardId"
      join "Note" n on n.id = c."noteId"
    group by 1, 2`;
  return recallBySubject(
    groups.map((g) => ({ subject: g.subject, grade: g.grade, checkpoint: null, count: g.count })),
    options.minReviews ?? 1,
  );
}
