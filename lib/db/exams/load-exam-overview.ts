import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { EXAM_PROFILES, type ExamProfile } from "@/lib/exams";
import { type StudyDay, studyDayOf } from "@/lib/schedule";
import { type ExamTarget, findExamTarget } from "./exam-settings";
import { findExamForUser, listCustomExams } from "./find-exam";
import { type ExamReadiness, loadReadiness } from "./load-readiness";
import { type MappingOverview, loadMappingOverview } from "./mapping-overview";
import { listMockHistory, type MockHistoryEntry } from "./mock-history";
import { listReadinessTrend, type ReadinessPoint, saveReadinessSnapshot } from "./readiness-snapshots";

export interface ExamOverview {
  target: ExamTarget;
  /** The target exam, or the first built-in one before the user picks. */
  profile: ExamProfile;
  /** Every exam the user can pick: built-ins (retired included) and their own. */
  choices: ExamProfile[];
  today: StudyDay;
  readiness: ExamReadiness;
  trend: ReadinessPoint[];
  mocks: MockHistoryEntry[];
  mapping: MappingOverview | null;
}

/**
 * Everything the exam page (and the dashboard's readiness card) shows. With a target exam picked, today's
 * forecast is also saved as the day's snapshot, which builds the trend.
 */
export async function loadExamOverview(options: {
  userId: string;
  now: Date;
  withMapping: boolean;
}): Promise<ExamOverview> {
  const { userId } = options;
  const [target, settings, custom] = await Promise.all([
    findExamTarget({ userId }),
    findScheduleSettings({ userId }),
    listCustomExams({ userId }),
  ]);
  const today = studyDayOf(options.now, settings);
  const profile = target.examCode
    ? await findExamForUser({ userId, code: target.examCode })
    : (EXAM_PROFILES[0] as ExamProfile);
  const on = target.examDate && target.examDate >= today ? target.examDate : today;
  const readiness = await loadReadiness({ userId, profile, on });
  if (target.examCode) await saveReadinessSnapshot({ userId, day: today, readiness });
  const [trend, mocks, mapping] = await Promise.all([
    listReadinessTrend({ userId, examCode: profile.code }),
    listMockHistory({ userId, examCode: profile.code }),
    options.withMapping ? loadMappingOverview({ userId, profile }) : Promise.resolve(null),
  ]);
  return { target, profile, choices: [...EXAM_PROFILES, ...custom], today, readiness, trend, mocks, mapping };
}
