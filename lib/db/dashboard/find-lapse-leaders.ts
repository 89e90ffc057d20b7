import { db } from "@/lib/db/client";

export interface LapseLeader {
  cardId: string;
  front: string;
  lapses: number;
  noteId: string;
  noteTitle: string;
  subject: string | null;
}

/** The active cards forgotten most often (ties: most recently answered first), for "weak spots". */
export async function findLapseLeaders(options: { userId: string; limit?: number }): Promise<LapseLeader[]> {
  return db().$queryRaw<LapseLeader[]>`
    select c.id as "cardId", left(c.front, 200) as front, c.lapses, n.id as "noteId",
           n.title as "noteTitle", n.subject
    from "Card" c join "Note" n on n.id = c."noteId"
    where c."userId" = ${options.userId} and c.status = 'active' and c.lapses > 0
    order by c.lapses desc, c."lastReviewedAt" desc nulls last, c.id
    limit ${options.limit ?? 5}`;
}
