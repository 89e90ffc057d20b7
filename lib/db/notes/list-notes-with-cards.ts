import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/db/cards/schedule-columns";

/**
 * The user's current notes (archived ones left out) by path, each with its content hash and its active
 * cards: what `GET /api/v1/notes` returns and what a sync client compares against.
 */
export async function listNotesWithCards(options: { userId: string }) {
  const notes = await db().note.findMany({
    where: { userId: options.userId, archivedAt: null },
    orderBy: { path: "asc" },
    select: {
      id: true,
      path: true,
      title: true,
      contentHash: true,
      cards: {
        where: { status: "active" },
        orderBy: [{ line: "asc" }, { id: "asc" }],
        select: {
          id: true,
          key: true,
          type: true,
          front: true,
          back: true,
          line: true,
          stage: true,
          checkpoint: true,
          dueOn: true,
        },
      },
    },
  });
  return notes.map(({ contentHash, cards, ...note }) => ({
    ...note,
    hash: contentHash,
    cards: cards.map((card) => ({ ...card, dueOn: dateToDay(card.dueOn) })),
  }));
}
