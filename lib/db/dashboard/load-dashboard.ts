import { db } from "@/lib/db/client";
import { dateToDay } from "@/lib/db/cards/schedule-columns";
import { AppError } from "@/lib/errors";
import { type Checkpoint, type StudyDay, type UserScheduleSettings, addDays, studyDayOf } from "@/lib/schedule";
import {
  type DailyTotal,
  type Heatmap,
  type LongTermProjection,
  type RecallRate,
  type Streak,
  emptyDay,
  heatmap,
  projectLongTermShare,
  recallByCheckpoint,
  recentNewPace,
  streak,
  totalOn,
} from "@/lib/stats";
import { type LapseLeader, findLapseLeaders } from "./find-lapse-leaders";
import { type DueToday, loadDueToday } from "./load-due-today";
import { loadProjectionCards } from "./load-projection-cards";
import { loadReviewCounts } from "./load-review-counts";
import { loadReviewDays } from "./load-review-days";
import { loadSubjectRecall } from "./load-subject-recall";

/**
 * Grades, the new-card pace and recall per checkpoint come from the last two weeks; weak subjects from the
 * last 30 days (at most the latest 10,000 answers), with enough answers to mean something. The year of
 * answers behind the heatmap and streak is only counted per day.
 */
export const RECENT_WINDOW_DAYS = 14;
export const WEAK_SUBJECT_WINDOW_DAYS = 30;
export const WEAK_SUBJECT_LAST_ANSWERS = 10_000;
export const WEAK_SUBJECT_MIN_REVIEWS = 5;

export interface DashboardData {
  today: StudyDay;
  settings: UserScheduleSettings;
  hasNotes: boolean;
  due: DueToday;
  /** New cards the review page offers today: the daily limit minus today's first studies, at most `due.newCards`. */
  newToday: number;
  todayTotals: DailyTotal;
  streak: Streak;
  /** The last 365 days. */
  heatmap: Heatmap;
  examDate: StudyDay | null;
  /** Null without an exam date, or when the exam day has passed. */
  projection: LongTermProjection | null;
  /** New cards first studied per day recently (last 14 days), capped by the daily new-card limit. */
  newPace: number;
  weakCards: LapseLeader[];
  weakSubjects: RecallRate<string | null>[];
}

/**
 * Everything the dashboard shows except the notes table, in a handful of grouped, index-only queries run in
 * parallel: due cards by day/subject/checkpoint, answers per day over a year, the last two weeks' answers by
 * day/grade/checkpoint, recent recall by subject, the most-lapsed cards and, with an exam date, cards by ladder state.
 */
export async function loadDashboard(options: { userId: string; now: Date }): Promise<DashboardData> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: {
      timeZone: true,
      dayStartHour: true,
      dailyReviewCap: true,
      dailyNewLimit: true,
      targetRetention: true,
      examDate: true,
      notes: { where: { archivedAt: null }, select: { id: true }, take: 1 },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "user not found", { reason: "not-found" });
  const { examDate, notes, ...settings } = user;
  const today = studyDayOf(options.now, settings);
  const examOn = dateToDay(examDate);
  const withExam = examOn !== null && examOn >= today;
  const recentFrom = addDays(today, -(RECENT_WINDOW_DAYS - 1));
  const [due, counts, recent, weakCards, weakSubjects, projectionCards] = await Promise.all([
    loadDueToday({ userId: options.userId, today }),
    loadReviewCounts({ userId: options.userId, from: addDays(today, -364), to: today }),
    loadReviewDays({ userId: options.userId, from: recentFrom, to: today }),
    findLapseLeaders({ userId: options.userId }),
    loadSubjectRecall({
      userId: options.userId,
      from: addDays(today, -(WEAK_SUBJECT_WINDOW_DAYS - 1)),
      minReviews: WEAK_SUBJECT_MIN_REVIEWS,
      lastAnswers: WEAK_SUBJECT_LAST_ANSWERS,
    }),
    withExam ? loadProjectionCards({ userId: options.userId }) : Promise.resolve(null),
  ]);
  // Older days carry only their count; the recent window has every figure.
  const totals: DailyTotal[] = [
    ...counts.filter((c) => c.day < recentFrom).map((c) => ({ ...emptyDay(c.day), reviews: c.reviews })),
    ...recent.totals,
  ];
  const todayTotals = totalOn(totals, today);
  const newPace = Math.min(recentNewPace(totals, today), settings.dailyNewLimit);
  const recall: Partial<Record<Checkpoint, number>> = {};
  for (const entry of recallByCheckpoint(recent.recall)) {
    if (entry.key !== "long-term" && entry.rate !== null) recall[entry.key] = entry.rate;
  }
  return {
    today,
    settings,
    hasNotes: notes.length > 0,
    due,
    newToday: Math.min(due.newCards, Math.max(0, settings.dailyNewLimit - todayTotals.firstStudies)),
    todayTotals,
    streak: streak(totals, today),
    heatmap: heatmap(totals, today),
    examDate: examOn,
    projection:
      withExam && projectionCards && examOn
        ? projectLongTermShare({ cards: projectionCards, today, examOn, newPerDay: newPace, recall })
        : null,
    newPace,
    weakCards,
    weakSubjects: weakSubjects.slice(0, 5),
  };
}
