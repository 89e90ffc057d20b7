/**
 * Types shared by the scheduler. Everything here is plain, JSON-serialisable data so the database layer
 * can store a card's state in columns (or one JSON column) and hand it back unchanged.
 */

/**
 * A study day, `YYYY-MM-DD`: the user's local calendar day after applying the day-start hour (a review at
 * 01:00 with a 04:00 day start belongs to the day before). Branded apart from the reminders' `LocalDay`
 * (midnight to midnight): a plain string converts to either, but passing one where the other is expected
 * does not compile. The brand is optional so literals in tests and values read from the database need no
 * cast; it only exists in the type system.
 */
export type StudyDay = string & { readonly __day?: "study" };

/** The answer buttons on the review page: 1 = Forgot, 2 = Remembered. */
export type Grade = "remembered" | "forgot";

/** The fixed ladder checkpoints, in days after day 0 (the day the current ladder started). */
export type Checkpoint = 1 | 4 | 7 | 14;

/** What the due list shows for a studied card: its current ladder checkpoint, or long-term memory. */
export type CheckpointLabel = Checkpoint | "long-term";

/** Where a card is: never studied, climbing the 1/4/7/14 ladder, or in long-term maintenance (FSRS). */
export type Stage = "new" | "ladder" | "long-term";

/** Per-user scheduling settings. Validate once with `assertValidSettings` where they enter the system. */
export interface UserScheduleSettings {
  /** IANA zone, e.g. `Asia/Seoul`. */
  timeZone: string;
  /** Local hour (0–23) at which a new study day begins; reviews before it count for the previous day. */
  dayStartHour: number;
  /** Most due (non-new) cards offered per study day, counting the ones already reviewed that day. */
  dailyReviewCap: number;
  /** Most new cards first studied per study day. */
  dailyNewLimit: number;
  /** Probability of recall FSRS aims for when spacing long-term reviews (0.7–0.99). */
  targetRetention: number;
}

/** FSRS state name, as in ts-fsrs' `State` enum. */
export type FsrsStateName = "New" | "Learning" | "Review" | "Relearning";

/**
 * The FSRS memory model of a card, serialisable. FSRS sees every review at 12:00 UTC of its study day,
 * so its day counts are exactly study-day counts, whatever the user's zone or DST.
 */
export interface FsrsMemory {
  /** Days until recall probability falls to 90 %. */
  stability: number;
  /** 1 (easy) – 10 (hard). */
  difficulty: number;
  state: FsrsStateName;
  reps: number;
  lapses: number;
  /** Interval FSRS chose at the last review, in days. */
  scheduledDays: number;
  learningSteps: number;
  /** Study day of the last review FSRS saw, or null before the first. */
  lastReviewOn: StudyDay | null;
}

/** The scheduling state of one card. Produced only by the functions of `lib/schedule`; never mutated. */
export interface CardSchedule {
  stage: Stage;
  /** Study day the very first study happened; never reset (used for a note's "days since first study"). */
  introducedOn: StudyDay | null;
  /** Day 0 of the current ladder: the first-study day, or the day of the last lapse. Null while new. */
  firstStudiedOn: StudyDay | null;
  /** Checkpoints passed in the current ladder, always a prefix of `[1, 4, 7, 14]`. */
  checkpointsDone: readonly Checkpoint[];
  /** Study day the card is next due; null while new. May lie in the past (overdue). */
  dueOn: StudyDay | null;
  /** Number of Forgot answers that restarted the ladder. */
  lapses: number;
  /** Number of answers, first study included. */
  reps: number;
  /** ISO instant of the last answer, or null. */
  lastReviewedAt: string | null;
  /** FSRS memory state; null while new. */
  fsrs: FsrsMemory | null;
}

/** How an answer related to the due date. */
export type ReviewKind = "first-study" | "early" | "on-time" | "late";

/**
 * Everything about one answer: store it as the review row. `previous` and `next` make undo exact.
 */
export interface ReviewLog {
  kind: ReviewKind;
  /** Null for a first study (no question was asked). */
  grade: Grade | null;
  /** ISO instant of the answer. */
  reviewedAt: string;
  /** Study day of the answer in the user's zone. */
  studyDay: StudyDay;
  /** Checkpoint the card stood at when answered; null for a first study. */
  checkpoint: CheckpointLabel | null;
  /** Study days between due date and answer: negative when early, 0 on time or at first study. */
  daysLate: number;
  previous: CardSchedule;
  next: CardSchedule;
}

/** The result of any scheduling step, in the shape of ts-fsrs' `next()`. */
export interface ScheduleResult {
  card: CardSchedule;
  log: ReviewLog;
}
