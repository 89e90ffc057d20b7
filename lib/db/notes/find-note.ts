import { db } from "@/lib/db/client";

/** One of the user's notes with its cards in source order; null when missing or someone else's. */
export async function findNote(options: { userId: string; noteId: string }) {
  return db().note.findFirst({
    where: { id: options.noteId, userId: options.userId },
    include: { cards: { where: { status: { not: "archived" } }, orderBy: [{ line: "asc" }, { key: "asc" }] } },
  });
}
