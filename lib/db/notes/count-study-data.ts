import { db } from "@/lib/db/client";

/** Totals for the dashboard header: the user's notes and active cards. */
export async function countStudyData(options: { userId: string }): Promise<{ notes: number; cards: number }> {
  const [notes, cards] = await Promise.all([
    db().note.count({ where: { userId: options.userId, archivedAt: null } }),
    db().card.count({ where: { userId: options.userId, status: "active" } }),
  ]);
  return { notes, cards };
}
