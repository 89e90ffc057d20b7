"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { deleteCard } from "@/lib/db/cards/delete-card";
import { deleteCardSchema } from "@/lib/validations/cards";

/** Deletes a card the student added, or drops a card made from the note. */
export const removeCard = authedAction(deleteCardSchema, async (input, user) => {
  const { noteId } = await deleteCard({ userId: user.id, cardId: input.cardId });
  revalidatePath(`/notes/${noteId}`);
  revalidatePath("/cards");
});
