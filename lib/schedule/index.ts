/**
 * Recall's scheduler: the 1/4/7/14-day ladder, FSRS maintenance for long-term cards, study days in the
 * user's zone, the daily queue, note progress and frontmatter review state. Pure functions only.
 * Rules in prose: docs/scheduling.md.
 */
export type {
  CardSchedule,
  Checkpoint,
  CheckpointLabel,
  FsrsMemory,
  FsrsStateName,
  Grade,
  ReviewKind,
  ReviewLog,
  ScheduleResult,
  Stage,
  StudyDay,
  UserScheduleSettings,
} from "./types";
export {
  addDays,
  daysBetween,
  isStudyDay,
  maxDay,
  minDay,
  studyDayBounds,
  studyDayFn,
  studyDayOf,
  weekdayOf,
} from "./days";
export {
  DEFAULT_SCHEDULE_SETTINGS,
  TARGET_RETENTION_RANGE,
  assertValidSettings,
  settingsProblem,
  withDefaults,
} from "./settings";
export { CHECKPOINTS, checkpointDate, checkpointOf, nextCheckpoint, projectLadder } from "./ladder";
export { canUndo, firstStudy, newCard, reviewCard, sameCard, undoReview } from "./review";
export { reviewOutsideSchedule } from "./outside-review";
export { buildQueue, type QueueCandidate, type StudyQueue } from "./queue";
export { cardFraction, noteProgress, progressBar, type NoteCheckpoint, type NoteProgress } from "./progress";
export { dueAfterSettingsChange, SETTINGS_CHANGE_REACH_MS } from "./zone-change";
export { reviewStateForExport, stateFromImportedReview, type ImportedReview } from "./import";
