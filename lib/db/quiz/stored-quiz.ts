import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Question, Quiz, QuizAnswer, QuizMode, QuizResponse, QuizScore } from "@/lib/quiz";

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
} satisfies Prisma.QuizSelect;

export type QuizRow = Prisma.QuizGetPayload<{ select: typeof quizColumns }>;

export const storedQuestions = (row: Pick<QuizRow, "questions">) => row.questions as unknown as StoredQuestions;
export const storedAnswers = (row: Pick<QuizRow, "answers">) => (row.answers ?? {}) as unknown as StoredAnswers;
export const storedResult = (row: Pick<QuizRow, "result">) => row.result as unknown as StoredResult | null;

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
