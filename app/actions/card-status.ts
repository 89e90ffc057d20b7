"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setCardStatus } from "@/lib/db/cards/set-card-status";
import { authedAction, formAction } from "./_lib/action";

const input = z.object({
  cardId: z.string().min(1).max(64),
  noteId: z.string().min(1).max(64),
  action: z.enum(["suspend", "resume", "accept", "drop", "restore"]),
});

/**
 * Accept or drop a suggested card, suspend or resume a card: buttons on the note page. A stale page (the
 * card already changed or gone) fails with a typed reason and re-renders with the current state.
 */
export const changeCardStatus = formAction(
  authedAction(input, async ({ cardId, noteId, action }, user) => {
    try {
      await setCardStatus({ userId: user.id, cardId, action });
    } finally {
      revalidatePath(`/notes/${noteId}`);
    }
  }),
);
