"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateExamDate } from "@/lib/db/users/update-exam-date";
import { AppError } from "@/lib/errors";
import { studyDayOf } from "@/lib/schedule";
import { examDateSchema } from "@/lib/validations/settings";
import { authedAction, formStateAction } from "./_lib/action";

/** The clear button sends `intent=clear`: that clears the date whatever the field holds. */
const examDateForm = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  return { examDate: form.intent === "clear" ? "" : form.examDate };
}, examDateSchema);

/** Sets or clears the exam date from the dashboard; a date before today (the user's study day) is refused. */
export const saveExamDateAction = formStateAction(
  authedAction(examDateForm, async ({ examDate }, user) => {
    if (examDate !== null && examDate < studyDayOf(new Date(), user)) {
      throw new AppError("INVALID_INPUT", "The exam date is in the past.", {
        reason: "invalid-date",
        field: "examDate",
      });
    }
    await updateExamDate({ userId: user.id, examDate });
    revalidatePath("/");
  }),
);
