import { db } from "@/lib/db/client";
import { type CardAction, TRANSITIONS } from "./set-card-status";

/** Which cards: the listed ones, every card of one note, or the listed ones of that note. */
export type CardSelection = { cardIds: readonly string[]; noteId?: string } | { cardIds?: undefined; noteId: string };

/**
 * Applies one decision to many of a user's cards at once (accept or drop a note's suggestions, suspend
 * or resume from the card browser). Cards of other users, and cards whose status the action does not
 * apply to (already accepted, say), are left alone. Returns how many cards changed.
 *
 * @example setCardsStatus({ userId, noteId, action: "accept" }) // accepts every suggestion of the note
 */
export async function setCardsStatus(
  options: { userId: string; action: CardAction } & CardSelection,
): Promise<{ changed: number }> {
  if (options.cardIds?.length === 0) return { changed: 0 };
  const transition = TRANSITIONS[options.action];
  const updated = await db().card.updateMany({
    where: {
      ...(options.cardIds ? { id: { in: [...options.cardIds] } } : {}),
      ...(options.noteId ? { noteId: options.noteId } : {}),
      userId: options.userId,
      status: { in: [...transition.from] as never[] },
    },
    data: { status: transition.to },
  });
  return { changed: updated.count };
}
