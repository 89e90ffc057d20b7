import { z } from "zod";

/** Most questions one quiz may ask: a full AWS exam has 65, the cap leaves room for longer drills. */
export const MAX_QUIZ_QUESTIONS = 200;
/** Longest exam time limit in minutes (a generous upper bound for a mock exam). */
export const MAX_QUIZ_MINUTES = 600;

export const quizSelectionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("notes"), values: z.array(z.string().min(1).max(64)).max(500) }),
  z.object({ kind: z.literal("subjects"), values: z.array(z.string().min(1).max(200)).max(200) }),
  z.object({ kind: z.literal("tags"), values: z.array(z.string().min(1).max(200)).max(200) }),
  z.object({ kind: z.literal("weak"), values: z.array(z.string()).max(0).default([]) }),
]);

export type QuizSelection = z.infer<typeof quizSelectionSchema>;

/** The quiz builder form: what to ask, how many questions, practice or a timed exam. */
export const createQuizSchema = z.object({
  selection: quizSelectionSchema,
  count: z.coerce.number().int().min(1).max(MAX_QUIZ_QUESTIONS),
  mode: z.enum(["practice", "exam"]),
  /** Exam only; empty means the default pace (2 minutes a question). */
  minutes: z.coerce.number().int().min(1).max(MAX_QUIZ_MINUTES).optional(),
  passPercent: z.coerce.number().int().min(1).max(100).default(72),
});

export type CreateQuizInput = z.infer<typeof createQuizSchema>;

const quizRef = { quizId: z.string().min(1).max(64), questionId: z.string().regex(/^q\d{1,4}$/) };
/** Milliseconds spent on the question since the last save (capped: a forgotten tab is not study time). */
const timeMs = z.number().int().min(0).max(3_600_000).optional();

/** One answer: option index, true/false, or typed text (see `QuizResponse`). */
export const answerQuestionSchema = z.object({
  ...quizRef,
  response: z.union([
    z.number().int().min(0).max(20),
    z.boolean(),
    z.string().max(500),
    z.array(z.number().int().min(0).max(20)).min(1).max(10),
  ]),
  timeMs,
});

/** A flag and/or time spent on a question without answering it (exam navigation). */
export const markQuestionSchema = z.object({ ...quizRef, flagged: z.boolean().optional(), timeMs });

export const overrideAnswerSchema = z.object(quizRef);

export const finishQuizSchema = z.object({ quizId: quizRef.quizId });
