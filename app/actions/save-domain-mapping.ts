"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { saveDomainMapping } from "@/lib/db/exams/mapping-overview";
import { domainMappingSchema } from "@/lib/validations/exams";

/** Maps a tag or subject to an exam domain (or removes the mapping). */
export const saveDomainMappingAction = authedAction(domainMappingSchema, async (input, user) => {
  await saveDomainMapping({ userId: user.id, ...input });
  revalidatePath("/exam");
});
