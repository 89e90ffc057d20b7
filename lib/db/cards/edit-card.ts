import { db } from "@/lib/db/client";
import { MANUAL_ORIGIN } from "@/lib/notes/plan-card-sync";
import { AppError } from "@/lib/errors";

/**
 * Saves a student's edit of one of their cards. The card's front and back become the edited text; the
 * first edit of a card made from the note also keeps the note's text it was made from (`editBase*`), so a
 * re-import keeps the edit while the note's text is unchanged and offers both when it changes. The card's
 * id, schedule and history stay. Other users' cards are NOT_FOUND.
 */
export async function editCard(options: { userId: string; cardId: string; front: string; back: string }) {
  return db().$transaction(async (tx) => {
    const card = await tx.card.findFirst({
      where: { id: options.cardId, userId: options.userId, status: { not: "archived" } },
      select: { id: true, origin: true, front: true, back: true, editBaseFront: true, editBaseBack: true },
    });
    if (!card) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
    const firstEditOfNoteCard = card.origin !== MANUAL_ORIGIN && card.editBaseFront === null;
    return tx.card.update({
      where: { id: card.id },
      data: {
        front: options.front,
        back: options.back,
        editedAt: new Date(),
        ...(firstEditOfNoteCard ? { editBaseFront: card.front, editBaseBack: card.back } : {}),
      },
      select: { id: true, noteId: true, front: true, back: true },
    });
  });
}
