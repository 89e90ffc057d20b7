"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/app/actions/_lib/action";
import { createMockExam } from "@/lib/db/exams/create-mock-exam";
import { findExamForUser } from "@/lib/db/exams/find-exam";
import { startMockSchema } from "@/lib/validations/exams";

/** Builds a mock exam from the user's mapped cards and opens it in the quiz runner. */
export const startMockExamAction = authedAction(startMockSchema, async (input, user) => {
  const profile = await findExamForUser({ userId: user.id, code: input.examCode });
  const mock = await createMockExam({
    userId: user.id,
    profile,
    now: new Date(),
    count: input.questions,
    minutes: input.minutes,
  });
  redirect(`/quiz/${mock.id}`);
});
