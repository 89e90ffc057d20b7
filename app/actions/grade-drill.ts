"use server";

import { getLocale } from "next-intl/server";
import { gradeDrillCard } from "@/lib/db/drills/grade-drill-card";
import { toleranceText } from "@/lib/simulator";
import { gradeDrillSchema } from "@/lib/validations/simulator";
import { authedAction } from "./_lib/action";

/**
 * Grades a drill answered on the simulator page against the engine's stored answer. Practice only: the
 * card's place on the review ladder changes when it is reviewed, not here.
 */
export const gradeDrillAnswer = authedAction(gradeDrillSchema, async (input, user) => {
  const lang = (await getLocale()) === "ko" ? "ko" : "en";
  const { drill, grade } = await gradeDrillCard({ userId: user.id, ...input });
  return {
    correct: grade.correct,
    expected: grade.expected,
    allowedError: grade.allowedError,
    tolerance: toleranceText(drill, lang),
    explanation: grade.explanation[lang],
  };
});
