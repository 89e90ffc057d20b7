import { type Card, createEmptyCard, type FSRS, fsrs, Rating, State } from "ts-fsrs";
import { addDays } from "./days";
import type { FsrsMemory, FsrsStateName, Grade, StudyDay } from "./types";

/**
 * The long-term memory model: FSRS through ts-fsrs, with the user's target retention, no fuzz (the same
 * history always gives the same dates) and no short-term steps (the ladder already handles the first two
 * weeks). FSRS follows every answer from the first study on, so the interval chosen at graduation reflects
 * the card's whole history. Remembered = `Good`, Forgot = `Again`; a first study is a `Good`.
 */

const schedulers = new Map<number, FSRS>();

function schedulerFor(targetRetention: number): FSRS {
  let scheduler = schedulers.get(targetRetention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: targetRetention, enable_fuzz: false, enable_short_term: false });
    schedulers.set(targetRetention, scheduler);
  }
  return scheduler;
}

/** FSRS sees each answer at noon UTC of its study day, so its elapsed days equal study-day differences. */
function noonOf(day: StudyDay): Date {
  return new Date(`${day}T12:00:00.000Z`);
}

const STATE_NAMES: Record<State, FsrsStateName> = {
  [State.New]: "New",
  [State.Learning]: "Learning",
  [State.Review]: "Review",
  [State.Relearning]: "Relearning",
};

function toCard(memory: FsrsMemory | null, day: StudyDay): Card {
  if (!memory) return createEmptyCard(noonOf(day));
  const last = memory.lastReviewOn;
  return {
    due: noonOf(last ? addDays(last, memory.scheduledDays) : day),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: 0,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: State[memory.state],
    ...(last ? { last_review: noonOf(last) } : {}),
  };
}

function fromCard(card: Card, day: StudyDay): FsrsMemory {
  return {
    stability: card.stability,
    difficulty: card.difficulty,
    state: STATE_NAMES[card.state],
    reps: card.reps,
    lapses: card.lapses,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    lastReviewOn: day,
  };
}

/**
 * One answer through FSRS. Returns the new memory state and the interval FSRS proposes, in whole days
 * (at least 1). `memory` null means the card has never been seen.
 */
export function fsrsAnswer(
  memory: FsrsMemory | null,
  day: StudyDay,
  grade: Grade,
  targetRetention: number,
): { memory: FsrsMemory; intervalDays: number } {
  const rating = grade === "remembered" ? Rating.Good : Rating.Again;
  const { card } = schedulerFor(targetRetention).next(toCard(memory, day), noonOf(day), rating);
  return { memory: fromCard(card, day), intervalDays: Math.max(1, card.scheduled_days) };
}

/** Feeds a sequence of Remembered answers (one per study day, oldest first) to a fresh FSRS state. */
export function fsrsReplay(
  days: readonly StudyDay[],
  targetRetention: number,
): { memory: FsrsMemory | null; intervalDays: number } {
  let memory: FsrsMemory | null = null;
  let intervalDays = 1;
  for (const day of days) ({ memory, intervalDays } = fsrsAnswer(memory, day, "remembered", targetRetention));
  return { memory, intervalDays };
}
