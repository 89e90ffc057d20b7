"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { editCard } from "@/lib/db/cards/edit-card";
import { editCardSchema } from "@/lib/validations/cards";

/** Saves the card editor: the card's front and back in Markdown. */
export const saveCardEdit = authedAction(editCardSchema, async (input, user) => {
  const card = await editCard({ userId: user.id, ...input });
  revalidatePath(`/notes/${card.noteId}`);
  revalidatePath("/cards");
  return { cardId: card.id };
});
