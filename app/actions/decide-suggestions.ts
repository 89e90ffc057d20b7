"use server";

import { revalidatePath } from "next/cache";
import { authedAction, formStateAction } from "@/app/actions/_lib/action";
import { setCardsStatus } from "@/lib/db/cards/set-cards-status";
import { decideSuggestionsSchema } from "@/lib/validations/cards";

/** The note page's suggestion group: accept or drop the checked suggestions, or accept all of them. */
export const decideSuggestions = authedAction(decideSuggestionsSchema, async (input, user) => {
  const action = input.intent === "drop" ? "drop" : "accept";
  const selection =
    input.intent === "accept-all" ? { noteId: input.noteId } : { noteId: input.noteId, cardIds: input.cardIds ?? [] };
  const result = await setCardsStatus({ userId: user.id, action, ...selection });
  revalidatePath(`/notes/${input.noteId}`);
  return { ...result, intent: input.intent };
});

/** `decideSuggestions` for `useActionState`. */
export const decideSuggestionsForm = formStateAction(decideSuggestions);
