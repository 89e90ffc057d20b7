import { AppError } from "@/lib/errors";
import type { ReviewState } from "@/lib/notes/types";
import { addDays, isStudyDay, minDay } from "./days";
import { fsrsReplay } from "./fsrs";
import { CHECKPOINTS, checkpointDate } from "./ladder";
import type { NoteProgress } from "./progress";
import { newCard } from "./review";
import type { CardSchedule, Checkpoint, StudyDay, UserScheduleSettings } from "./types";

/**
 * The review state students keep in frontmatter (`⭕첫 학습날`, `❤1일복습여부` … `🧠장기기억`): the parser's
 * `ReviewState`, one type for what it reads and what export writes back.
 */
export type ImportedReview = ReviewState;

/**
 * Places a card on the rung its note's frontmatter records. Rules:
 * - `null` → a new card.
 * - Day 0 = `firstStudied` (a future date is taken as today). The highest ticked checkpoint counts, with
 *   every earlier one (a student who did the 7-day review went through 1 and 4).
 * - All four ticked, or `longTerm`, → long-term; FSRS is given a Remembered answer on day 0 and on each
 *   checkpoint's nominal date, and the card is due after the interval it proposes.
 * - Otherwise → ladder, due on the next checkpoint's nominal date; FSRS gets day 0 and the ticked
 *   checkpoints. Due dates are not moved forward: a stale note is overdue and comes first, oldest first.
 * `reps` and `lastReviewedAt` stay 0/null (no answer was given in Recall).
 * Throws `AppError("INVALID_INPUT")` for a malformed `firstStudied`.
 */
export function stateFromImportedReview(
  review: ImportedReview | null,
  today: StudyDay,
  settings: Pick<UserScheduleSettings, "targetRetention">,
): CardSchedule {
  if (review === null) return newCard();
  if (!isStudyDay(review.firstStudied)) {
    throw new AppError("INVALID_INPUT", `first-study date "${review.firstStudied}" is not YYYY-MM-DD`, {
      reason: "invalid-date",
    });
  }
  const first = minDay(review.firstStudied, today);
  let ticked = -1;
  CHECKPOINTS.forEach((checkpoint, index) => {
    if (review.checkpoints[String(checkpoint) as keyof ImportedReview["checkpoints"]]) ticked = index;
  });
  const longTerm = review.longTerm || ticked === CHECKPOINTS.length - 1;
  const checkpointsDone: Checkpoint[] = longTerm ? [...CHECKPOINTS] : CHECKPOINTS.slice(0, ticked + 1);
  const replayDays = [first, ...checkpointsDone.map((c) => minDay(checkpointDate(first, c), today))];
  const { memory, intervalDays } = fsrsReplay(replayDays, settings.targetRetention);
  const lastDay = replayDays[replayDays.length - 1] as StudyDay;
  const following = CHECKPOINTS[checkpointsDone.length];
  return {
    ...newCard(),
    stage: longTerm ? "long-term" : "ladder",
    introducedOn: first,
    firstStudiedOn: first,
    checkpointsDone,
    dueOn: following === undefined ? addDays(lastDay, intervalDays) : checkpointDate(first, following),
    fsrs: memory,
  };
}

/**
 * The frontmatter review state of a note, for export: first study = the note's `startedOn`, a checkpoint
 * is ticked when the note has passed it (all cards), long-term when all cards are. Null when no card of
 * the note has been studied (leave the keys as they are).
 */
export function reviewStateForExport(progress: NoteProgress): ImportedReview | null {
  if (progress.startedOn === null) return null;
  const done = (checkpoint: Checkpoint) => progress.checkpoints.some((c) => c.checkpoint === checkpoint && c.done);
  return {
    firstStudied: progress.startedOn,
    checkpoints: { "1": done(1), "4": done(4), "7": done(7), "14": done(14) },
    longTerm: progress.longTerm,
  };
}
