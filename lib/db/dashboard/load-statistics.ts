import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { type CheckpointLabel, type StudyDay, addDays, studyDayOf } from "@/lib/schedule";
import { type DailyTotal, type RecallRate, dailySeries, overallRecall, recallByCheckpoint } from "@/lib/stats";
import { loadReviewDays } from "./load-review-days";
import { loadSubjectRecall } from "./load-subject-recall";

export const STATISTICS_RANGES = [30, 90, 365] as const;

export interface Statistics {
  from: StudyDay;
  today: StudyDay;
  /** Every day of the range, zeros where nothing was answered. */
  days: DailyTotal[];
  byCheckpoint: RecallRate<CheckpointLabel>[];
  bySubject: RecallRate<string | null>[];
  overall: RecallRate<"all">;
  totals: { reviews: number; firstStudies: number; durationMs: number; activeDays: number };
}

/** The statistics page over the last `days` study days (today included): two grouped queries. */
export async function loadStatistics(options: { userId: string; now: Date; days: number }): Promise<Statistics> {
  const settings = await findScheduleSettings({ userId: options.userId });
  const today = studyDayOf(options.now, settings);
  const from = addDays(today, -(options.days - 1));
  const [reviewDays, bySubject] = await Promise.all([
    loadReviewDays({ userId: options.userId, from, to: today }),
    loadSubjectRecall({ userId: options.userId, from }),
  ]);
  const days = dailySeries(reviewDays.totals, from, today);
  const totals = { reviews: 0, firstStudies: 0, durationMs: 0, activeDays: 0 };
  for (const day of days) {
    totals.reviews += day.reviews;
    totals.firstStudies += day.firstStudies;
    totals.durationMs += day.durationMs;
    if (day.reviews > 0) totals.activeDays++;
  }
  return {
    from,
    today,
    days,
    byCheckpoint: recallByCheckpoint(reviewDays.recall),
    bySubject,
    overall: overallRecall(reviewDays.recall),
    totals,
  };
}
