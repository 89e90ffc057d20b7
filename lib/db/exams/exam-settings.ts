import { dateToDay, dayToDate } from "@/lib/db/cards/schedule-columns";
import { db } from "@/lib/db/client";
import { DEFAULT_BEFORE_EXAM_DAYS } from "@/lib/exams";
import type { StudyDay } from "@/lib/schedule";

export interface ExamTarget {
  /** Null until the user picks an exam. */
  examCode: string | null;
  /** The dashboard's exam date (User.examDate). */
  examDate: StudyDay | null;
  beforeExamDays: number;
  practiceAffectsSchedule: boolean;
}

/** The user's target exam, its date and the exam-related preferences (defaults when never saved). */
export async function findExamTarget(options: { userId: string }): Promise<ExamTarget> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: options.userId },
    select: { examDate: true, examSettings: true },
  });
  return {
    examCode: user.examSettings?.examCode ?? null,
    examDate: dateToDay(user.examDate),
    beforeExamDays: user.examSettings?.beforeExamDays ?? DEFAULT_BEFORE_EXAM_DAYS,
    practiceAffectsSchedule: user.examSettings?.practiceAffectsSchedule ?? true,
  };
}

/** Saves the target exam, its date (the dashboard's exam date) and the "before the exam" window together. */
export async function saveExamTarget(options: {
  userId: string;
  examCode: string;
  examDate: StudyDay | null;
  beforeExamDays: number;
}): Promise<void> {
  const { userId, examCode, beforeExamDays } = options;
  await db().$transaction([
    db().examSettings.upsert({
      where: { userId },
      create: { userId, examCode, beforeExamDays },
      update: { examCode, beforeExamDays },
    }),
    db().user.update({ where: { id: userId }, data: { examDate: dayToDate(options.examDate) }, select: { id: true } }),
  ]);
}

/** Remembers whether practice-quiz answers count toward the schedule (asked on the quiz form). */
export async function savePracticeAffectsSchedule(options: { userId: string; value: boolean }): Promise<void> {
  await db().examSettings.upsert({
    where: { userId: options.userId },
    create: { userId: options.userId, practiceAffectsSchedule: options.value },
    update: { practiceAffectsSchedule: options.value },
  });
}
