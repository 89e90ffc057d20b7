"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createQuiz } from "@/lib/db/quiz/create-quiz";
import { isAppError } from "@/lib/errors";
import { createQuizSchema } from "@/lib/validations/quiz";

export type CreateQuizState = {
  error: "empty-selection" | "no-cards" | "no-weak-spots" | "invalid";
  detail?: string;
} | null;

/** The quiz builder's submit: validates, builds and stores the quiz, then opens it. */
export async function createQuizAction(_previous: CreateQuizState, formData: FormData): Promise<CreateQuizState> {
  const user = await requireUser();
  const kind = String(formData.get("kind") ?? "");
  const minutes = String(formData.get("minutes") ?? "").trim();
  const parsed = createQuizSchema.safeParse({
    selection: { kind, values: kind === "weak" ? [] : formData.getAll("values").map(String) },
    count: formData.get("count"),
    mode: formData.get("mode"),
    minutes: minutes === "" ? undefined : minutes,
    passPercent: formData.get("passPercent") || undefined,
    affectsSchedule: formData.get("affectsSchedule") || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: "invalid", detail: `${issue?.path.join(".")}: ${issue?.message}` };
  }
  if (parsed.data.selection.kind !== "weak" && parsed.data.selection.values.length === 0) {
    return { error: "empty-selection" };
  }
  let quizId: string;
  try {
    quizId = (await createQuiz({ ...parsed.data, userId: user.id, now: new Date() })).id;
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") {
      return { error: parsed.data.selection.kind === "weak" ? "no-weak-spots" : "no-cards" };
    }
    throw error;
  }
  redirect(`/quiz/${quizId}`);
}
