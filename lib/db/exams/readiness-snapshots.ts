import { dateToDay, dayToDate } from "@/lib/db/cards/schedule-columns";
import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";
import type { ExamReadiness } from "./load-readiness";

export interface ReadinessPoint {
  day: StudyDay;
  predictedScore: number;
  low: number;
  high: number;
}

/**
 * Keeps one forecast per user, exam and study day (the latest of the day wins), for the trend. A day without a
 * score (no card mapped) keeps no point: an earlier one of the same day is removed, since it no longer holds.
 */
export async function saveReadinessSnapshot(options: {
  userId: string;
  day: StudyDay;
  readiness: ExamReadiness;
}): Promise<void> {
  const { userId, readiness } = options;
  const key = { userId, examCode: readiness.exam, day: dayToDate(options.day) };
  if (readiness.predictedScore === null || readiness.range === null) {
    await db().readinessSnapshot.deleteMany({ where: key });
    return;
  }
  const values = {
    examDate: dayToDate(readiness.on),
    predictedScore: readiness.predictedScore,
    low: readiness.range[0],
    high: readiness.range[1],
    passingScore: readiness.passingScore,
  };
  await db().readinessSnapshot.upsert({
    where: { userId_examCode_day: key },
    create: { ...key, ...values },
    update: values,
  });
}

/** The daily forecasts for one exam, oldest first (at most the last `days`). */
export async function listReadinessTrend(options: {
  userId: string;
  examCode: string;
  days?: number;
}): Promise<ReadinessPoint[]> {
  const rows = await db().readinessSnapshot.findMany({
    where: { userId: options.userId, examCode: options.examCode },
    orderBy: { day: "desc" },
    take: options.days ?? 60,
    select: { day: true, predictedScore: true, low: true, high: true },
  });
  return rows
    .reverse()
    .map((r) => ({ day: dateToDay(r.day), predictedScore: r.predictedScore, low: r.low, high: r.high }));
}
