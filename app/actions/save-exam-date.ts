"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { updateExamDate } from "@/lib/db/users/update-exam-date";
import { studyDayOf } from "@/lib/schedule";
import { examDateSchema } from "@/lib/validations/settings";

export interface ExamDateFormState {
  status: "idle" | "saved" | "invalid";
}

/** Sets or clears the exam date from the dashboard; a date before today (the user's study day) is refused. */
export async function saveExamDateAction(_previous: ExamDateFormState, formData: FormData): Promise<ExamDateFormState> {
  const user = await requireUser();
  const clear = formData.get("intent") === "clear";
  const parsed = examDateSchema.safeParse({ examDate: clear ? "" : formData.get("examDate") });
  if (!parsed.success) return { status: "invalid" };
  const examDate = parsed.data.examDate;
  if (examDate !== null && examDate < studyDayOf(new Date(), user)) return { status: "invalid" };
  await updateExamDate({ userId: user.id, examDate });
  revalidatePath("/");
  return { status: "saved" };
}
