import { AppError } from "@/lib/errors";
import { addDays, daysBetween, maxDay, studyDayOf } from "./days";
import { fsrsAnswer } from "./fsrs";
import { CHECKPOINTS, checkpointDate, checkpointOf, nextCheckpoint } from "./ladder";
import type {
  CardSchedule,
  Checkpoint,
  Grade,
  ReviewKind,
  ScheduleResult,
  StudyDay,
  UserScheduleSettings,
} from "./types";

/**
 * The ladder (issue 5), one answer at a time. All functions are pure: `now` and settings are inputs, the
 * given card is never changed, results are new objects. See docs/scheduling.md for the rules in prose.
 */

/** The state of a card that has never been studied. */
export function newCard(): CardSchedule {
  return {
    stage: "new",
    introducedOn: null,
    firstStudiedOn: null,
    checkpointsDone: [],
    dueOn: null,
    lapses: 0,
    reps: 0,
    lastReviewedAt: null,
    fsrs: null,
  };
}

/**
 * First study of a new card: today becomes day 0 and the card is due tomorrow (checkpoint 1).
 * Throws `AppError("CONFLICT")` if the card was already studied.
 */
export function firstStudy(card: CardSchedule, now: Date, settings: UserScheduleSettings): ScheduleResult {
  if (card.stage !== "new")
    throw new AppError("CONFLICT", "card has already been studied", { reason: "already-studied" });
  const today = studyDayOf(now, settings);
  const next: CardSchedule = {
    ...card,
    stage: "ladder",
    introducedOn: today,
    firstStudiedOn: today,
    checkpointsDone: [],
    dueOn: addDays(today, 1),
    reps: card.reps + 1,
    lastReviewedAt: now.toISOString(),
    fsrs: fsrsAnswer(card.fsrs, today, "remembered", settings.targetRetention).memory,
  };
  return {
    card: next,
    log: logOf("first-study", null, now, today, card, next),
  };
}

/**
 * Records one answer to a studied card and returns its next state with the review log.
 *
 * - Remembered on or after the due day completes the current checkpoint; the card is next due on the next
 *   checkpoint's date, or tomorrow if that date is today or already past. Completing 14 moves it to
 *   long-term memory, next due after the interval FSRS proposes for the target retention.
 * - Remembered before the due day (early) completes nothing: the due date stays; FSRS still learns of it.
 *   A long-term card is rescheduled by FSRS from the early answer.
 * - Forgot (any day) is a lapse: day 0 becomes today, checkpoints are cleared, due tomorrow, `lapses + 1`.
 *   A long-term card falls back into the ladder the same way. A card whose ladder already started today
 *   (first studied or forgotten earlier today) does not lapse twice.
 *
 * A new card is first-studied instead (the grade is recorded in the log only).
 * Throws `AppError("INVALID_INPUT")` when `now` is before the card's last answer.
 * @example reviewCard(card, "remembered", new Date("2024-10-02T09:00:00+09:00"), settings).card.dueOn
 */
export function reviewCard(
  card: CardSchedule,
  grade: Grade,
  now: Date,
  settings: UserScheduleSettings,
): ScheduleResult {
  if (card.stage === "new") {
    const { card: next, log } = firstStudy(card, now, settings);
    return { card: next, log: { ...log, grade } };
  }
  if (card.lastReviewedAt !== null && now.getTime() < Date.parse(card.lastReviewedAt)) {
    throw new AppError("INVALID_INPUT", "review time is before the card's last review", {
      reason: "review-out-of-order",
    });
  }
  const today = studyDayOf(now, settings);
  const dueOn = card.dueOn ?? today;
  const kind: ReviewKind = today < dueOn ? "early" : today === dueOn ? "on-time" : "late";
  const { memory, intervalDays } = fsrsAnswer(card.fsrs, today, grade, settings.targetRetention);
  const base = { ...card, reps: card.reps + 1, lastReviewedAt: now.toISOString(), fsrs: memory };

  let next: CardSchedule;
  if (grade === "forgot") {
    const restartedToday =
      card.stage === "ladder" && card.firstStudiedOn === today && card.checkpointsDone.length === 0;
    next = {
      ...base,
      stage: "ladder",
      firstStudiedOn: today,
      checkpointsDone: [],
      dueOn: addDays(today, 1),
      lapses: restartedToday ? card.lapses : card.lapses + 1,
    };
  } else if (card.stage === "long-term") {
    next = { ...base, dueOn: addDays(today, intervalDays) };
  } else if (kind === "early") {
    next = base;
  } else {
    next = completeCheckpoint(base, today, intervalDays);
  }
  return { card: next, log: logOf(kind, grade, now, today, card, next) };
}

/** Remembered at (or after) a due ladder checkpoint. */
function completeCheckpoint(card: CardSchedule, today: StudyDay, intervalDays: number): CardSchedule {
  const current = nextCheckpoint(card);
  if (current === null || card.firstStudiedOn === null)
    throw new AppError("INVALID_INPUT", "card is not on the ladder", { reason: "not-on-ladder" });
  const checkpointsDone: Checkpoint[] = [...card.checkpointsDone, current];
  const following = CHECKPOINTS[checkpointsDone.length];
  if (following === undefined) {
    return { ...card, stage: "long-term", checkpointsDone, dueOn: addDays(today, intervalDays) };
  }
  const dueOn = maxDay(checkpointDate(card.firstStudiedOn, following), addDays(today, 1));
  return { ...card, checkpointsDone, dueOn };
}

function logOf(
  kind: ReviewKind,
  grade: Grade | null,
  now: Date,
  today: StudyDay,
  previous: CardSchedule,
  next: CardSchedule,
): ScheduleResult["log"] {
  return {
    kind,
    grade,
    reviewedAt: now.toISOString(),
    studyDay: today,
    checkpoint: checkpointOf(previous),
    daysLate: previous.dueOn === null ? 0 : daysBetween(previous.dueOn, today),
    previous,
    next,
  };
}

/** Undo of an answer: the card state from before it (a fresh copy of `log.previous`). */
export function undoReview(log: ScheduleResult["log"]): CardSchedule {
  return cloneCard(log.previous);
}

/**
 * True when `current` is exactly the state `log` produced, i.e. nothing happened to the card since, so the
 * answer can still be undone. Compares every field.
 */
export function canUndo(current: CardSchedule, log: ScheduleResult["log"]): boolean {
  return sameCard(current, log.next);
}

/** Deep equality of two card states (the fields of `CardSchedule` only). */
export function sameCard(a: CardSchedule, b: CardSchedule): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(card: CardSchedule): CardSchedule {
  return {
    stage: card.stage,
    introducedOn: card.introducedOn,
    firstStudiedOn: card.firstStudiedOn,
    checkpointsDone: [...card.checkpointsDone],
    dueOn: card.dueOn,
    lapses: card.lapses,
    reps: card.reps,
    lastReviewedAt: card.lastReviewedAt,
    fsrs: card.fsrs && {
      stability: card.fsrs.stability,
      difficulty: card.fsrs.difficulty,
      state: card.fsrs.state,
      reps: card.fsrs.reps,
      lapses: card.fsrs.lapses,
      scheduledDays: card.fsrs.scheduledDays,
      learningSteps: card.fsrs.learningSteps,
      lastReviewOn: card.fsrs.lastReviewOn,
    },
  };
}

function cloneCard(card: CardSchedule): CardSchedule {
  return normalise(card);
}
