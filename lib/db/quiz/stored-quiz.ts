import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Question, Quiz, QuizAnswer, QuizMode, QuizResponse, QuizScore } from "@/lib/quiz";

// The quiz's JSON columns are read through these schemas, not cast: a row written by an older version (or
// edited by hand) fails loudly here instead of deep in the scorer. Each is typed against the domain type,
// so a new question kind or result field does not compile until its schema knows it.

const responseSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.number()).readonly(), z.null()]);
const numericSchema = z.object({ value: z.number(), allowedError: z.number() });
const questionBase = {
  id: z.string(),
  index: z.number(),
  cardId: z.string(),
  subject: z.string().nullable(),
  tags: z.array(z.string()).readonly(),
  source: z.object({
    cardId: z.string(),
    noteId: z.string(),
    noteTitle: z.string().optional(),
    notePath: z.string().optional(),
    line: z.number().optional(),
  }),
  prompt: z.string(),
};
const questionSchema = z.discriminatedUnion("type", [
  z.object({
    ...questionBase,
    type: z.literal("multiple-choice"),
    options: z.array(z.string()).readonly(),
    correctOption: z.number(),
    expected: z.string(),
  }),
  z.object({
    ...questionBase,
    type: z.literal("multiple-response"),
    options: z.array(z.string()).readonly(),
    correctOptions: z.array(z.number()).readonly(),
    expected: z.string(),
  }),
  z.object({ ...questionBase, type: z.literal("typed"), expected: z.string(), numeric: numericSchema.optional() }),
  z.object({ ...questionBase, type: z.literal("cloze"), expected: z.string() }),
  z.object({
    ...questionBase,
    type: z.literal("true-false"),
    statement: z.string(),
    correct: z.boolean(),
    expected: z.string(),
  }),
]);
const storedQuestionsSchema = z.object({ requestedCount: z.number(), questions: z.array(questionSchema) });
const storedAnswerSchema = z.object({
  response: responseSchema,
  answeredAt: z.string().nullable(),
  timeMs: z.number(),
  flagged: z.boolean(),
  override: z.boolean(),
});
const storedAnswersSchema = z.record(z.string(), storedAnswerSchema);
const breakdownSchema = z.object({
  key: z.string().nullable(),
  total: z.number(),
  correct: z.number(),
  percent: z.number(),
});
const storedResultSchema = z.object({
  total: z.number(),
  answered: z.number(),
  correct: z.number(),
  percent: z.number(),
  passed: z.boolean(),
  totalTimeMs: z.number(),
  bySubject: z.array(breakdownSchema),
  byTag: z.array(breakdownSchema),
  effects: z.object({ lapses: z.array(z.string()), reviews: z.array(z.string()) }),
  overrides: z.number().optional(),
});

/** One question's saved state in `Quiz.answers` (keyed by question id). */
export interface StoredAnswer {
  response: QuizResponse;
  /** ISO time the response was saved; `null` while only flagged or timed. */
  answeredAt: string | null;
  timeMs: number;
  flagged: boolean;
  override: boolean;
}

export type StoredAnswers = Record<string, StoredAnswer>;

/** `Quiz.questions`: the built questions, answers included (never sent to the browser as-is). */
export interface StoredQuestions {
  requestedCount: number;
  questions: Question[];
}

/** What `Quiz.result` keeps once a quiz is finished: enough for history and the schedule, no questions. */
export interface StoredResult {
  total: number;
  answered: number;
  correct: number;
  percent: number;
  passed: boolean;
  totalTimeMs: number;
  bySubject: QuizScore["bySubject"];
  byTag: QuizScore["byTag"];
  /** Cards to record as lapses / remembered reviews; decided once, at finish time. */
  effects: { lapses: string[]; reviews: string[] };
  /** Set when a finished quiz's score was corrected by an "I was right" override. */
  overrides?: number;
}

/** The columns every quiz function reads. */
export const quizColumns = {
  id: true,
  userId: true,
  mode: true,
  status: true,
  seed: true,
  selection: true,
  questions: true,
  answers: true,
  timeLimitSeconds: true,
  passPercent: true,
  startedAt: true,
  finishedAt: true,
  score: true,
  result: true,
  appliedAt: true,
  affectsSchedule: true,
} satisfies Prisma.QuizSelect;

export type QuizRow = Prisma.QuizGetPayload<{ select: typeof quizColumns }>;

// Compile-time checks that the schemas and the stored types agree both ways.
const sameShape = <A, B extends A>(check: (a: A) => B) => check;
void sameShape<StoredAnswer, z.infer<typeof storedAnswerSchema>>((a) => a);
void sameShape<z.infer<typeof storedAnswerSchema>, StoredAnswer>((a) => a);
void sameShape<Question, z.infer<typeof questionSchema>>((a) => a);
void sameShape<z.infer<typeof questionSchema>, Question>((a) => a);
void sameShape<StoredResult, z.infer<typeof storedResultSchema>>((a) => a);
void sameShape<z.infer<typeof storedResultSchema>, StoredResult>((a) => a);

export const storedQuestions = (row: Pick<QuizRow, "questions">): StoredQuestions =>
  storedQuestionsSchema.parse(row.questions);
export const storedAnswers = (row: Pick<QuizRow, "answers">): StoredAnswers =>
  storedAnswersSchema.parse(row.answers ?? {});
/** The finished quiz's summary, or null while it runs. */
export const storedResult = (row: Pick<QuizRow, "result">): StoredResult | null =>
  row.result === null ? null : storedResultSchema.parse(row.result);

/** The summary of a quiz known to be finished. */
export function finishedResult(row: Pick<QuizRow, "id" | "result">): StoredResult {
  const result = storedResult(row);
  if (!result) throw new Error(`quiz ${row.id} is finished but has no stored result`);
  return result;
}

/** The row as the pure quiz domain sees it. */
export function domainQuiz(row: QuizRow): Quiz {
  const stored = storedQuestions(row);
  return {
    mode: row.mode as QuizMode,
    seed: row.seed,
    timeLimitSeconds: row.timeLimitSeconds,
    requestedCount: stored.requestedCount,
    questions: stored.questions,
  };
}

/** Saved answers as `scoreQuiz` takes them; flag-only entries count as unanswered. */
export function domainAnswers(answers: StoredAnswers): QuizAnswer[] {
  return Object.entries(answers).map(([questionId, a]) => ({
    questionId,
    response: a.response,
    timeMs: a.timeMs,
    answeredAt: a.answeredAt ? new Date(a.answeredAt) : undefined,
    override: a.override,
    flagged: a.flagged,
  }));
}

export function findQuestion(row: QuizRow, questionId: string): Question {
  const question = storedQuestions(row).questions.find((q) => q.id === questionId);
  if (!question) throw new AppError("NOT_FOUND", "That question is not part of this quiz.", { reason: "not-found" });
  return question;
}

export const emptyAnswer = (): StoredAnswer => ({
  response: null,
  answeredAt: null,
  timeMs: 0,
  flagged: false,
  override: false,
});

export const asJson = (value: unknown) => value as Prisma.InputJsonValue;
