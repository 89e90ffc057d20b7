import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";
import type { ProjectionCard } from "@/lib/stats";
import { checkpointsDoneBefore, toCheckpointLabel } from "./checkpoint-label";

/**
 * The user's active cards as `projectLongTermShare` takes them: ladder cards grouped by (day 0, next
 * checkpoint, due day), new and long-term cards as one group each (the projection needs no more). Ladder
 * cards are a small index range (userId, status, stage); stage counts come from counting index entries.
 */
export async function loadProjectionCards(options: { userId: string }): Promise<ProjectionCard[]> {
  const [ladder, stages] = await Promise.all([
    db().$queryRaw<{ firstStudiedOn: StudyDay; checkpoint: string | null; dueOn: StudyDay; count: number }[]>`
      select "firstStudiedOn"::text as "firstStudiedOn", checkpoint, "dueOn"::text as "dueOn", count(*)::int as count
      from "Card"
      where "userId" = ${options.userId} and status = 'active' and stage = 'ladder'
      group by 1, 2, 3`,
    db().$queryRaw<{ stage: string; count: number }[]>`
      select stage, count(*)::int as count from "Card"
      where "userId" = ${options.userId} and status = 'active' and stage in ('new', 'long-term')
      group by stage`,
  ]);
  const groups: ProjectionCard[] = ladder.map((g) => ({
    stage: "ladder",
    firstStudiedOn: g.firstStudiedOn,
    checkpointsDone: checkpointsDoneBefore(toCheckpointLabel(g.checkpoint)),
    dueOn: g.dueOn,
    count: g.count,
  }));
  for (const { stage, count } of stages) {
    if (stage === "new") groups.push({ stage, firstStudiedOn: null, checkpointsDone: [], dueOn: null, count });
    if (stage === "long-term") groups.push({ stage, firstStudiedOn: null, checkpointsDone: [], dueOn: null, count });
  }
  return groups;
}
