import { AppError } from "@/lib/errors";
import { daysBetween, studyDayOf } from "./days";
import { fsrsAnswer } from "./fsrs";
import { checkpointOf } from "./ladder";
import type { CardSchedule, Grade, ReviewKind, ScheduleResult, UserScheduleSettings } from "./types";

/**
 * An extra answer outside the schedule (the "before the exam" queue, docs/exams.md): FSRS learns of it, so the
 * card's memory and its predicted recall on exam day follow the answer, and it counts as one more answer
 * (`reps`, `lastReviewedAt`). The 1/4/7/14 ladder does not move: stage, checkpoints, due date and lapses stay
 * as they were, whatever the grade. Like every answer it is stored as a review, so undo restores `previous`.
 *
 * @throws AppError("CONFLICT", reason "not-studied") for a card never studied (its first study is the ladder's).
 * @throws AppError("INVALID_INPUT", reason "review-out-of-order") when `now` is before the card's last answer.
 */
export function reviewOutsideSchedule(
  card: CardSchedule,
  grade: Grade,
  now: Date,
  settings: UserScheduleSettings,
): ScheduleResult {
  if (card.stage === "new" || card.fsrs === null) {
    throw new AppError("CONFLICT", "a card is first studied in the normal queue", { reason: "not-studied" });
  }
  if (card.lastReviewedAt !== null && now.getTime() < Date.parse(card.lastReviewedAt)) {
    throw new AppError("INVALID_INPUT", "review time is before the card's last review", {
      reason: "review-out-of-order",
    });
  }
  const today = studyDayOf(now, settings);
  const dueOn = card.dueOn ?? today;
  const kind: ReviewKind = today < dueOn ? "early" : today === dueOn ? "on-time" : "late";
  const { memory } = fsrsAnswer(card.fsrs, today, grade, settings.targetRetention);
  const next: CardSchedule = { ...card, reps: card.reps + 1, lastReviewedAt: now.toISOString(), fsrs: memory };
  return {
    card: next,
    log: {
      kind,
      grade,
      reviewedAt: now.toISOString(),
      studyDay: today,
      checkpoint: checkpointOf(card),
      daysLate: daysBetween(dueOn, today),
      previous: card,
      next,
    },
  };
}
