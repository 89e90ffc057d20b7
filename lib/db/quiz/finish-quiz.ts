import { db } from "@/lib/db/client";
import { dayToDate } from "@/lib/db/cards/schedule-columns";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { deadlineOf, type QuizScore, scheduleEffects, scoreQuiz } from "@/lib/quiz";
import { studyDayOf } from "@/lib/schedule";
import type { Prisma } from "@/generated/prisma/client";
import { recordMockResult } from "@/lib/db/exams/record-mock-result";
import { applyQuizToSchedule } from "./apply-quiz-to-schedule";
import { lockQuiz } from "./lock-quiz";
import {
  asJson,
  domainAnswers,
  domainQuiz,
  finishedResult,
  type QuizRow,
  type StoredResult,
  storedAnswers,
} from "./stored-quiz";

export interface FinishQuizResult {
  quizId: string;
  /** True when an earlier call (another tab, the timer, a retry) had already finished it. */
  alreadyFinished: boolean;
  percent: number;
  passed: boolean;
}

/** Scores the quiz as stored; answers after the deadline plus grace were never stored, and are ignored. */
export function scoreStoredQuiz(row: QuizRow): QuizScore {
  return scoreQuiz(domainQuiz(row), domainAnswers(storedAnswers(row)), {
    passPercent: row.passPercent,
    startedAt: row.startedAt,
  });
}

export function summarise(score: QuizScore, effects: StoredResult["effects"]): StoredResult {
  return {
    total: score.total,
    answered: score.answered,
    correct: score.correct,
    percent: score.percent,
    passed: score.passed,
    totalTimeMs: score.totalTimeMs,
    bySubject: score.bySubject,
    byTag: score.byTag,
    effects,
  };
}

/**
 * Decides what the quiz does to the schedule, once: wrong answers on studied cards are lapses, right
 * answers on cards due today are reviews. New cards are left for their first study.
 */
async function decideEffects(tx: Prisma.TransactionClient, row: QuizRow, score: QuizScore, at: Date) {
  // The student chose on the quiz form that this practice does not count toward the schedule.
  if (!row.affectsSchedule) return { lapses: [], reviews: [] };
  const cardIds = [...new Set(score.questions.map((q) => q.cardId))];
  const settings = await findScheduleSettings({ userId: row.userId });
  const today = dayToDate(studyDayOf(at, settings));
  const studied = await tx.card.findMany({
    where: { userId: row.userId, id: { in: cardIds }, status: "active", stage: { not: "new" } },
    select: { id: true, dueOn: true },
  });
  const due = studied.filter((c) => c.dueOn !== null && c.dueOn <= today).map((c) => c.id);
  const effects = scheduleEffects(score.questions, due);
  const studiedIds = new Set(studied.map((c) => c.id));
  return { lapses: effects.lapses.filter((id) => studiedIds.has(id)), reviews: effects.reviews };
}

/**
 * Finishes a quiz (the student's submit, or the timer running out) and feeds the result to the
 * scheduler exactly once: the score and the schedule effects are fixed under the quiz's row lock, and each
 * effect is recorded with the request id `quiz:<quizId>:<cardId>`, so finishing twice or concurrently
 * records one review per card. A timed quiz finished late is stamped with its deadline.
 */
export async function finishQuiz(options: { userId: string; quizId: string; now: Date }): Promise<FinishQuizResult> {
  const finished = await db().$transaction(async (tx) => {
    const row = await lockQuiz(tx, options.userId, options.quizId);
    if (row.status === "finished") return { row, alreadyFinished: true };
    const deadline = deadlineOf(row.startedAt, row.timeLimitSeconds);
    const finishedAt = deadline && deadline < options.now ? deadline : options.now;
    const score = scoreStoredQuiz(row);
    const result = summarise(score, await decideEffects(tx, row, score, finishedAt));
    await recordMockResult(tx, row, score);
    const updated = await tx.quiz.update({
      where: { id: row.id },
      data: { status: "finished", finishedAt, score: score.percent, result: asJson(result) },
      select: { finishedAt: true, score: true, result: true, appliedAt: true },
    });
    return { row: { ...row, ...updated, status: "finished" }, alreadyFinished: false };
  });
  const { row } = finished;
  if (row.appliedAt === null) await applyQuizToSchedule(row);
  const result = finishedResult(row);
  return { quizId: row.id, alreadyFinished: finished.alreadyFinished, percent: result.percent, passed: result.passed };
}
