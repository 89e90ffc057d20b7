"use server";

import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { gradeDrillCard } from "@/lib/db/drills/grade-drill-card";
import { isAppError } from "@/lib/errors";
import { toleranceText } from "@/lib/simulator";
import { gradeDrillSchema } from "@/lib/validations/simulator";

export type GradeDrillState =
  | {
      ok: true;
      correct: boolean;
      expected: number;
      allowedError: number;
      tolerance: string;
      explanation: string;
    }
  | { ok: false; error: "invalid" | "not-found" }
  | null;

/**
 * Grades a drill answered on the simulator page against the engine's stored answer. Practice only: the
 * card's place on the review ladder changes when it is reviewed, not here.
 */
export async function gradeDrillAnswer(input: { cardId: string; answer: number }): Promise<GradeDrillState> {
  const user = await requireUser();
  const parsed = gradeDrillSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const lang = (await getLocale()) === "ko" ? "ko" : "en";
  try {
    const { drill, grade } = await gradeDrillCard({ userId: user.id, ...parsed.data });
    return {
      ok: true,
      correct: grade.correct,
      expected: grade.expected,
      allowedError: grade.allowedError,
      tolerance: toleranceText(drill, lang),
      explanation: grade.explanation[lang],
    };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { ok: false, error: "not-found" };
    throw error;
  }
}
