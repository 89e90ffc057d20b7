import { daysBetween, maxDay, minDay } from "./days";
import { CHECKPOINTS, projectLadder } from "./ladder";
import type { CardSchedule, Checkpoint, StudyDay } from "./types";

/** One of a note's four checkpoints. */
export interface NoteCheckpoint {
  checkpoint: Checkpoint;
  /** True when every active card has passed it (long-term cards have passed them all). */
  done: boolean;
  /**
   * When not done: the day the last studied card is expected to pass it if every review is Remembered on
   * time (see `projectLadder`); null when done, or when no card has been studied yet.
   */
  dueOn: StudyDay | null;
}

/** A note's review progress, computed from the states of its active cards. */
export interface NoteProgress {
  /** Earliest first study of any card (`introducedOn`), or null when no card was studied. */
  startedOn: StudyDay | null;
  /** Days from `startedOn` to today (the students' "29일째"), or null. */
  daysSinceStart: number | null;
  /** Always four entries, for 1, 4, 7 and 14. */
  checkpoints: NoteCheckpoint[];
  /** True when every active card is in long-term memory (and there is at least one). */
  longTerm: boolean;
  /** 0–1: mean over cards of (checkpoints passed + long-term) / 5, as the students' `학습률`. */
  fraction: number;
  /** `fraction` as a whole percent, rounded down (100 only when complete). */
  percent: number;
  /** `progressBar(fraction)`, e.g. `🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`. */
  bar: string;
  /** Earliest due date among studied cards (may be past = overdue), or null. */
  nextDueOn: StudyDay | null;
  counts: { total: number; new: number; ladder: number; longTerm: number };
}

/** Steps of the students' 학습률: the four checkpoints and long-term memory. */
const STEPS = CHECKPOINTS.length + 1;

function percentOf(fraction: number): number {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return Math.floor(clamped * 100 + 1e-9);
}

/**
 * The students' progress bar: ten squares, one per 10 % (rounded down), and the percent.
 * @example progressBar(0.6) // "🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%"
 */
export function progressBar(fraction: number): string {
  const percent = percentOf(fraction);
  const filled = Math.floor(percent / 10);
  return `${"🟩".repeat(filled)}${"⬜".repeat(10 - filled)} ${percent}%`;
}

/** A card's share of the five steps (0, 0.2, … 1). */
export function cardFraction(card: Pick<CardSchedule, "stage" | "checkpointsDone">): number {
  if (card.stage === "long-term") return 1;
  if (card.stage === "new") return 0;
  return card.checkpointsDone.length / STEPS;
}

/**
 * Progress of a note from its active cards' states (pass only active cards: archived ones don't count).
 * A note checkpoint is done when all its cards have passed it, so a lapse or a not-yet-studied card holds it
 * back. @example noteProgress(cards, "2024-10-27").bar
 */
export function noteProgress(cards: readonly CardSchedule[], today: StudyDay): NoteProgress {
  const counts = { total: cards.length, new: 0, ladder: 0, longTerm: 0 };
  let startedOn: StudyDay | null = null;
  let nextDueOn: StudyDay | null = null;
  let fractionSum = 0;
  const doneBy: Record<Checkpoint, number> = { 1: 0, 4: 0, 7: 0, 14: 0 };
  const projected: Partial<Record<Checkpoint, StudyDay>> = {};

  for (const card of cards) {
    if (card.stage === "new") counts.new++;
    else if (card.stage === "ladder") counts.ladder++;
    else counts.longTerm++;
    if (card.introducedOn !== null)
      startedOn = startedOn === null ? card.introducedOn : minDay(startedOn, card.introducedOn);
    if (card.stage !== "new" && card.dueOn !== null)
      nextDueOn = nextDueOn === null ? card.dueOn : minDay(nextDueOn, card.dueOn);
    fractionSum += cardFraction(card);
    const passed = card.stage === "long-term" ? CHECKPOINTS : card.checkpointsDone;
    for (const checkpoint of passed) doneBy[checkpoint]++;
    const dates = projectLadder(card, today);
    for (const checkpoint of CHECKPOINTS) {
      const date = dates[checkpoint];
      if (date !== undefined) projected[checkpoint] = maxDay(projected[checkpoint] ?? date, date);
    }
  }

  const checkpoints = CHECKPOINTS.map((checkpoint): NoteCheckpoint => {
    const done = cards.length > 0 && doneBy[checkpoint] === cards.length;
    return { checkpoint, done, dueOn: done ? null : (projected[checkpoint] ?? null) };
  });
  const fraction = cards.length === 0 ? 0 : fractionSum / cards.length;
  return {
    startedOn,
    daysSinceStart: startedOn === null ? null : daysBetween(startedOn, today),
    checkpoints,
    longTerm: cards.length > 0 && counts.longTerm === cards.length,
    fraction,
    percent: percentOf(fraction),
    bar: progressBar(fraction),
    nextDueOn,
    counts,
  };
}
