import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { MANUAL_ORIGIN } from "@/lib/notes/plan-card-sync";
import { AppError } from "@/lib/errors";

/**
 * Adds a card the student wrote to one of their notes: a new active card (origin "manual") that
 * re-imports of the note never archive or overwrite. NOT_FOUND for another user's note.
 */
export async function addCard(options: { userId: string; noteId: string; front: string; back: string }) {
  const note = await db().note.findFirst({
    where: { id: options.noteId, userId: options.userId, archivedAt: null },
    select: { id: true },
  });
  if (!note) throw new AppError("NOT_FOUND", "note not found", { reason: "not-found" });
  return db().card.create({
    data: {
      userId: options.userId,
      noteId: note.id,
      key: `${MANUAL_ORIGIN}-${randomUUID()}`,
      type: "basic",
      origin: MANUAL_ORIGIN,
      front: options.front,
      back: options.back,
      line: 0,
      editedAt: new Date(),
    },
    select: { id: true, noteId: true },
  });
}
