import { addDays, maxDay } from "./days";
import type { CardSchedule, Checkpoint, CheckpointLabel, StudyDay } from "./types";

/** The ladder, in order: review 1, 4, 7 and 14 days after day 0. */
export const CHECKPOINTS: readonly Checkpoint[] = Object.freeze([1, 4, 7, 14] as const);

/** The checkpoint a ladder card is climbing towards, or null when it is new, long-term or done. */
export function nextCheckpoint(card: Pick<CardSchedule, "stage" | "checkpointsDone">): Checkpoint | null {
  if (card.stage !== "ladder") return null;
  return CHECKPOINTS[card.checkpointsDone.length] ?? null;
}

/**
 * The checkpoint shown in the due list: 1 | 4 | 7 | 14 for a ladder card, `"long-term"` for a maintenance
 * card, null for a new (never studied) card.
 */
export function checkpointOf(card: Pick<CardSchedule, "stage" | "checkpointsDone">): CheckpointLabel | null {
  if (card.stage === "long-term") return "long-term";
  return nextCheckpoint(card);
}

/** The nominal date of a checkpoint: day 0 plus its number of days. */
export function checkpointDate(firstStudiedOn: StudyDay, checkpoint: Checkpoint): StudyDay {
  return addDays(firstStudiedOn, checkpoint);
}

/**
 * When a ladder card will pass each remaining checkpoint if every review from now on is Remembered on the
 * day it is due: the next one on its due date (today when overdue), each later one on its nominal date or
 * the day after the previous, whichever is later (the ladder rule). Passed checkpoints are absent; a new
 * or long-term card gives `{}`. The 14-day date is the day the card reaches long-term memory.
 */
export function projectLadder(
  card: Pick<CardSchedule, "stage" | "firstStudiedOn" | "checkpointsDone" | "dueOn">,
  today: StudyDay,
): Partial<Record<Checkpoint, StudyDay>> {
  const result: Partial<Record<Checkpoint, StudyDay>> = {};
  if (card.stage !== "ladder" || card.firstStudiedOn === null || card.dueOn === null) return result;
  let date = maxDay(card.dueOn, today);
  for (let i = card.checkpointsDone.length; i < CHECKPOINTS.length; i++) {
    const checkpoint = CHECKPOINTS[i] as Checkpoint;
    if (i > card.checkpointsDone.length) {
      date = maxDay(checkpointDate(card.firstStudiedOn, checkpoint), addDays(date, 1));
    }
    result[checkpoint] = date;
  }
  return result;
}
