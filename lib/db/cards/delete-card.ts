import { db } from "@/lib/db/client";
import { MANUAL_ORIGIN } from "@/lib/notes/plan-card-sync";
import { AppError } from "@/lib/errors";

/**
 * Deletes one of the student's cards. A card they added is removed with its history; a card made from
 * the note is dropped instead (the next import would bring a removed one back), and "restore" on the note
 * page returns it. NOT_FOUND for other users' cards.
 */
export async function deleteCard(options: { userId: string; cardId: string }): Promise<{ noteId: string }> {
  const card = await db().card.findFirst({
    where: { id: options.cardId, userId: options.userId },
    select: { id: true, noteId: true, origin: true },
  });
  if (!card) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
  if (card.origin === MANUAL_ORIGIN) await db().card.deleteMany({ where: { id: card.id, userId: options.userId } });
  else await db().card.updateMany({ where: { id: card.id, userId: options.userId }, data: { status: "dropped" } });
  return { noteId: card.noteId };
}
