import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { savePracticeAffectsSchedule } from "@/lib/db/exams/exam-settings";
import { AppError } from "@/lib/errors";
import { buildQuiz } from "@/lib/quiz";
import type { CreateQuizInput } from "@/lib/validations/quiz";
import { selectQuizCards } from "./select-quiz-cards";
import { asJson, type StoredQuestions } from "./stored-quiz";

export interface CreateQuizOptions extends Omit<CreateQuizInput, "affectsSchedule"> {
  /** Practice only: whether the answers feed the schedule (default yes); a given choice is remembered. */
  affectsSchedule?: boolean;
  userId: string;
  now: Date;
  /** Fixed in tests; random otherwise. */
  seed?: number;
}

export interface CreatedQuiz {
  id: string;
  questionCount: number;
  /** Questions that fell back to typed answers because too few similar answers exist for choices. */
  typedCount: number;
}

/**
 * Builds a quiz from the selection and stores it with its answers server-side. Practice quizzes are
 * untimed; exams take `minutes` (default 2 minutes a question, so 65 questions → 130 minutes).
 *
 * @throws AppError("INVALID_INPUT") when the selection holds no active cards.
 */
export async function createQuiz(options: CreateQuizOptions): Promise<CreatedQuiz> {
  const { cards, pool } = await selectQuizCards(options);
  if (cards.length === 0) {
    throw options.selection.kind === "weak"
      ? new AppError(
          "INVALID_INPUT",
          "No weak spots yet: no card has been forgotten recently. Pick notes, subjects or tags instead.",
          { reason: "no-weak-spots" },
        )
      : new AppError(
          "INVALID_INPUT",
          "The selection has no active cards. Choose at least one note, subject or tag with cards.",
          { reason: "no-cards" },
        );
  }
  const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
  const timeLimitSeconds = options.mode === "exam" ? (options.minutes ? options.minutes * 60 : undefined) : null;
  const quiz = buildQuiz({
    cards,
    distractorPool: pool,
    mode: options.mode,
    count: options.count,
    seed,
    timeLimitSeconds,
  });
  const stored: StoredQuestions = { requestedCount: quiz.requestedCount, questions: [...quiz.questions] };
  const row = await db().quiz.create({
    data: {
      userId: options.userId,
      mode: options.mode,
      seed,
      selection: asJson(options.selection),
      questions: asJson(stored),
      answers: {},
      timeLimitSeconds: quiz.timeLimitSeconds,
      passPercent: options.passPercent,
      affectsSchedule: options.mode === "exam" || options.affectsSchedule !== false,
      startedAt: options.now,
    },
    select: { id: true },
  });
  if (options.mode === "practice" && options.affectsSchedule !== undefined) {
    await savePracticeAffectsSchedule({ userId: options.userId, value: options.affectsSchedule });
  }
  return {
    id: row.id,
    questionCount: quiz.questions.length,
    typedCount: quiz.questions.filter((q) => q.type === "typed").length,
  };
}
