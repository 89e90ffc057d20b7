"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { findExamForUser } from "@/lib/db/exams/find-exam";
import { saveExamTarget } from "@/lib/db/exams/exam-settings";
import { examTargetSchema } from "@/lib/validations/exams";

/** The exam page's target form: the exam (built-in or the user's own), its date and the before-exam window. */
export const saveExamTargetAction = authedAction(examTargetSchema, async (input, user) => {
  const profile = await findExamForUser({ userId: user.id, code: input.examCode });
  await saveExamTarget({ userId: user.id, ...input, examCode: profile.code });
  revalidatePath("/exam");
  revalidatePath("/");
});
