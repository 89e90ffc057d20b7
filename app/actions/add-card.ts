"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { addCard } from "@/lib/db/cards/add-card";
import { addCardSchema } from "@/lib/validations/cards";

/** The note page's "add a card": a card the student writes, kept across re-imports. */
export const addNoteCard = authedAction(addCardSchema, async (input, user) => {
  const card = await addCard({ userId: user.id, ...input });
  revalidatePath(`/notes/${card.noteId}`);
  return { cardId: card.id };
});
