"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/app/actions/_lib/action";
import { createCustomExam } from "@/lib/db/exams/find-exam";
import { customExamSchema } from "@/lib/validations/exams";

/** The exam page's "your own exam" form: stores the exam; it then appears in the exam list. */
export const createCustomExamAction = authedAction(customExamSchema, async (input, user) => {
  const profile = await createCustomExam({ userId: user.id, exam: input });
  revalidatePath("/exam");
  return { code: profile.code };
});
