import { type QuestionGrade, gradeQuestion } from "./grade";
import { isLate } from "./timer";
import type { Question, QuestionType, Quiz, QuizAnswer, QuizResponse } from "./types";

/** One question's outcome in the results. */
export interface QuestionResult extends QuestionGrade {
  questionId: string;
  index: number;
  cardId: string;
  type: QuestionType;
  subject: string | null;
  tags: readonly string[];
  response: QuizResponse;
  /** The right answer as text (the option text for multiple choice). */
  expected: string;
  timeMs: number;
  flagged: boolean;
  question: Question;
}

/** Correct out of total for one subject or tag. */
export interface Breakdown {
  /** Subject name (`null` = no subject) or tag. */
  key: string | null;
  total: number;
  correct: number;
  /** 0–100, one decimal. */
  percent: number;
}

export interface QuizScore {
  total: number;
  answered: number;
  correct: number;
  /** 0–100, one decimal. */
  percent: number;
  passPercent: number;
  passed: boolean;
  bySubject: Breakdown[];
  byTag: Breakdown[];
  /** In quiz order. */
  questions: QuestionResult[];
  /** Wrong or unanswered questions, in quiz order, for the review with sources. */
  wrong: QuestionResult[];
  totalTimeMs: number;
  /** Answers ignored because they came after the deadline plus grace (they count as unanswered). */
  lateQuestionIds: string[];
  /** Answers naming a question that is not in the quiz. */
  unknownQuestionIds: string[];
}

export interface ScoreOptions {
  /** Pass mark, 0–100 (for example 72 for an AWS associate exam). */
  passPercent: number;
  /** When the quiz started; with the quiz's time limit it rejects answers saved after the deadline. */
  startedAt?: Date;
  graceSeconds?: number;
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 1000) / 10);

function breakdown(
  results: readonly QuestionResult[],
  keysOf: (r: QuestionResult) => readonly (string | null)[],
): Breakdown[] {
  const tally = new Map<string | null, { total: number; correct: number }>();
  for (const r of results) {
    for (const key of new Set(keysOf(r))) {
      const t = tally.get(key) ?? { total: 0, correct: 0 };
      tally.set(key, { total: t.total + 1, correct: t.correct + (r.correct ? 1 : 0) });
    }
  }
  return [...tally.entries()]
    .map(([key, t]) => ({ key, total: t.total, correct: t.correct, percent: percentOf(t.correct, t.total) }))
    .sort((a, b) => a.percent - b.percent || String(a.key).localeCompare(String(b.key)));
}

const expectedText = (q: Question) => q.expected;

/**
 * Scores a finished quiz. The last answer per question counts (an answer saved twice is counted once);
 * answers saved after the deadline (`startedAt` + limit + grace) are ignored; missing answers count as
 * wrong. Breakdowns are sorted weakest first.
 */
export function scoreQuiz(quiz: Quiz, answers: readonly QuizAnswer[], options: ScoreOptions): QuizScore {
  const known = new Set(quiz.questions.map((q) => q.id));
  const latest = new Map<string, QuizAnswer>();
  const late = new Set<string>();
  const unknown = new Set<string>();
  for (const answer of answers) {
    if (!known.has(answer.questionId)) {
      unknown.add(answer.questionId);
      continue;
    }
    const tooLate =
      options.startedAt !== undefined &&
      answer.answeredAt !== undefined &&
      isLate(answer.answeredAt, options.startedAt, quiz.timeLimitSeconds, options.graceSeconds);
    if (tooLate) late.add(answer.questionId);
    else latest.set(answer.questionId, answer);
  }
  const questions = quiz.questions.map((q): QuestionResult => {
    const answer = latest.get(q.id);
    const response = answer?.response ?? null;
    return {
      ...gradeQuestion(q, response, answer?.override ?? false),
      questionId: q.id,
      index: q.index,
      cardId: q.cardId,
      type: q.type,
      subject: q.subject,
      tags: q.tags,
      response,
      expected: expectedText(q),
      timeMs: Math.max(0, answer?.timeMs ?? 0),
      flagged: answer?.flagged ?? false,
      question: q,
    };
  });
  const correct = questions.filter((r) => r.correct).length;
  const percent = percentOf(correct, questions.length);
  return {
    total: questions.length,
    answered: questions.filter((r) => r.answered).length,
    correct,
    percent,
    passPercent: options.passPercent,
    passed: percent >= options.passPercent,
    bySubject: breakdown(questions, (r) => [r.subject]),
    byTag: breakdown(questions, (r) => r.tags),
    questions,
    wrong: questions.filter((r) => !r.correct),
    totalTimeMs: questions.reduce((sum, r) => sum + r.timeMs, 0),
    lateQuestionIds: [...late].filter((id) => !latest.has(id)),
    unknownQuestionIds: [...unknown],
  };
}

/** What a finished quiz does to the schedule. Each card appears in at most one list, once. */
export interface ScheduleEffects {
  /** Cards answered wrong: record a lapse ("forgot"). */
  lapses: string[];
  /** Cards answered right that were due: record a review ("remembered"). */
  reviews: string[];
  /** Cards answered right but not due, or not answered: no schedule change. */
  unchanged: string[];
}

/** The per-question facts `scheduleEffects` needs; `QuestionResult` has them. */
export type ScheduleInput = Pick<QuestionResult, "cardId" | "answered" | "correct">;

/**
 * Turns quiz results into schedule updates, exactly once per card: a card answered wrong in any of its
 * questions is a lapse; a card answered right everywhere and due (`dueCardIds`) is a remembered review;
 * skipped questions change nothing. An overridden typed answer counts as right.
 *
 * @example scheduleEffects(score.questions, ["c1"]) // { lapses: ["c2"], reviews: ["c1"], unchanged: [] }
 */
export function scheduleEffects(results: readonly ScheduleInput[], dueCardIds: Iterable<string>): ScheduleEffects {
  const due = new Set(dueCardIds);
  const state = new Map<string, "wrong" | "right" | "skipped">();
  for (const r of results) {
    const now = !r.answered ? "skipped" : r.correct ? "right" : "wrong";
    const before = state.get(r.cardId);
    if (before === "wrong" || (before === "right" && now === "skipped")) continue;
    state.set(r.cardId, now);
  }
  const effects: ScheduleEffects = { lapses: [], reviews: [], unchanged: [] };
  for (const [cardId, s] of state) {
    if (s === "wrong") effects.lapses.push(cardId);
    else if (s === "right" && due.has(cardId)) effects.reviews.push(cardId);
    else effects.unchanged.push(cardId);
  }
  return effects;
}
