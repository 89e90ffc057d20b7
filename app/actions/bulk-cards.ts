"use server";

import { revalidatePath } from "next/cache";
import { authedAction, formStateAction } from "@/app/actions/_lib/action";
import { setCardsStatus } from "@/lib/db/cards/set-cards-status";
import { bulkCardsSchema } from "@/lib/validations/cards";

/** The card browser's bulk buttons: suspend, unsuspend or accept the checked cards. */
export const changeCardsInBulk = authedAction(bulkCardsSchema, async (input, user) => {
  const result = await setCardsStatus({ userId: user.id, action: input.intent, cardIds: input.cardIds });
  revalidatePath("/cards");
  return { ...result, intent: input.intent };
});

/** `changeCardsInBulk` for `useActionState`. */
export const changeCardsInBulkForm = formStateAction(changeCardsInBulk);
