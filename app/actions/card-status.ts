"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { setCardStatus } from "@/lib/db/cards/set-card-status";
import { isAppError } from "@/lib/errors";

const input = z.object({
  cardId: z.string().min(1).max(64),
  noteId: z.string().min(1).max(64),
  action: z.enum(["suspend", "resume", "accept", "drop", "restore"]),
});

/** Accept or drop a suggested card, suspend or resume a card: buttons on the note page. */
export async function changeCardStatus(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = input.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  try {
    await setCardStatus({ userId: user.id, cardId: parsed.data.cardId, action: parsed.data.action });
  } catch (error) {
    // A stale page (card already changed or gone) just re-renders with the current state.
    if (!isAppError(error)) throw error;
  }
  revalidatePath(`/notes/${parsed.data.noteId}`);
}
