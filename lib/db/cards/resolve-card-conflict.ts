import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The student's choice for an edited card whose note text changed: keep their edit ("mine", which from
 * now on counts as made from the new text) or take the note's new text ("note", which ends the edit).
 * NOT_FOUND for other users' cards, CONFLICT when the card has no pending choice.
 */
export async function resolveCardConflict(options: { userId: string; cardId: string; keep: "mine" | "note" }) {
  return db().$transaction(async (tx) => {
    const card = await tx.card.findFirst({
      where: { id: options.cardId, userId: options.userId },
      select: { id: true, noteId: true, conflictFront: true, conflictBack: true },
    });
    if (!card) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
    if (card.conflictFront === null || card.conflictBack === null) {
      throw new AppError("CONFLICT", "the card has no changed note text to choose from", {
        reason: "no-card-conflict",
      });
    }
    const data =
      options.keep === "note"
        ? {
            front: card.conflictFront,
            back: card.conflictBack,
            editedAt: null,
            editBaseFront: null,
            editBaseBack: null,
          }
        : { editBaseFront: card.conflictFront, editBaseBack: card.conflictBack };
    await tx.card.update({ where: { id: card.id }, data: { ...data, conflictFront: null, conflictBack: null } });
    return { noteId: card.noteId };
  });
}
