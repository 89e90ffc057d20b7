"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { resolveCardConflict } from "@/lib/db/cards/resolve-card-conflict";
import { resolveCardConflictSchema } from "@/lib/validations/cards";

/** An edited card whose note text changed: keep the edit or take the note's new text. */
export const chooseCardVersion = authedAction(resolveCardConflictSchema, async (input, user) => {
  const { noteId } = await resolveCardConflict({ userId: user.id, ...input });
  revalidatePath(`/notes/${noteId}`);
  revalidatePath("/cards");
});
