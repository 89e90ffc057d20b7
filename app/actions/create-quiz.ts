"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createQuiz } from "@/lib/db/quiz/create-quiz";
import { AppError } from "@/lib/errors";
import { createQuizSchema } from "@/lib/validations/quiz";
import { authedAction, formStateAction } from "./_lib/action";

/** The builder's fields → createQuizSchema's shape (one checked value arrives alone, an empty time limit means none). */
const builderForm = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const kind = String(form.kind ?? "");
  const minutes = String(form.minutes ?? "").trim();
  return {
    selection: { kind, values: kind === "weak" || form.values === undefined ? [] : [form.values].flat().map(String) },
    count: form.count,
    mode: form.mode,
    minutes: minutes === "" ? undefined : minutes,
    passPercent: form.passPercent || undefined,
    affectsSchedule: form.affectsSchedule || undefined,
  };
}, createQuizSchema);

/** The quiz builder's submit: validates, builds and stores the quiz, then opens it. */
export const createQuizAction = formStateAction(
  authedAction(builderForm, async (input, user) => {
    if (input.selection.kind !== "weak" && input.selection.values.length === 0) {
      throw new AppError("INVALID_INPUT", "Choose at least one note, subject or tag.", {
        reason: "empty-selection",
        field: "values",
      });
    }
    const quiz = await createQuiz({ ...input, userId: user.id, now: new Date() });
    redirect(`/quiz/${quiz.id}`);
  }),
);
