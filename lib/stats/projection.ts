import {
  type CardSchedule,
  type Checkpoint,
  CHECKPOINTS,
  type StudyDay,
  addDays,
  daysBetween,
  projectLadder,
} from "@/lib/schedule";
import type { DailyTotal } from "./types";

/** A card (or, with `count`, a SQL group of cards in the same state). */
export type ProjectionCard = Pick<CardSchedule, "stage" | "firstStudiedOn" | "checkpointsDone" | "dueOn"> & {
  count?: number;
};

export interface ProjectionInput {
  cards: readonly ProjectionCard[];
  today: StudyDay;
  examOn: StudyDay;
  /** New cards first studied per day from today on (see `recentNewPace`); fractions allowed. */
  newPerDay: number;
  /** Chance of Remembered at each checkpoint (e.g. from `recallByCheckpoint`); missing = 1. */
  recall?: Partial<Record<Checkpoint, number>>;
}

export interface LongTermProjection {
  totalCards: number;
  longTermNow: number;
  /** Expected number of cards in long-term memory on the exam day (fractional: an expectation). */
  expectedLongTerm: number;
  /** expectedLongTerm / totalCards, 0–1; null without cards. */
  share: number | null;
  /** Of the expectation: from cards on the ladder now, and from new cards still to be studied. */
  fromLadder: number;
  fromNew: number;
  /** New cards studied by the last day that still leaves 14 days before the exam. */
  newCardsInTime: number;
  /** That last day (exam − 14), whether or not it is already past. */
  lastUsefulFirstStudy: StudyDay;
}

/**
 * The share of cards in long-term memory on the exam day at the current pace. Model:
 * - cards already long-term stay long-term (maintenance lapses are ignored);
 * - a ladder card is reviewed on each remaining due day (overdue ones today); it reaches long-term on the
 *   day `projectLadder` gives for checkpoint 14, counted if that is on or before the exam day, with the
 *   probability of Remembered at every remaining checkpoint (the product of `recall`, 1 if not given) —
 *   a lapse restarts a 14-day ladder, assumed too late to count;
 * - new cards are first studied in order at `newPerDay` a day from today; one studied on day d reaches
 *   long-term on d + 14, so only those studied by exam − 14 count, each with the product of all four rates.
 * The review cap is not modelled (the student is assumed to keep up with due cards).
 */
export function projectLongTermShare(input: ProjectionInput): LongTermProjection {
  const { cards, today, examOn } = input;
  const rate = (checkpoint: Checkpoint) => Math.min(1, Math.max(0, input.recall?.[checkpoint] ?? 1));
  let totalCards = 0;
  let longTermNow = 0;
  let fromLadder = 0;
  let newCards = 0;
  const chanceByState = new Map<string, number>();
  for (const card of cards) {
    const n = card.count ?? 1;
    totalCards += n;
    if (card.stage === "long-term") longTermNow += n;
    else if (card.stage === "new") newCards += n;
    else {
      // Cards share few distinct (day 0, rung, due) triples: project each once.
      const key = `${card.firstStudiedOn}|${card.checkpointsDone.length}|${card.dueOn}`;
      let chance = chanceByState.get(key);
      if (chance === undefined) {
        const graduation = projectLadder(card, today)[14];
        const remaining = CHECKPOINTS.slice(card.checkpointsDone.length);
        chance =
          graduation !== undefined && graduation <= examOn ? remaining.reduce<number>((p, c) => p * rate(c), 1) : 0;
        chanceByState.set(key, chance);
      }
      fromLadder += n * chance;
    }
  }
  const lastUsefulFirstStudy = addDays(examOn, -14);
  const studyDays = Math.max(0, daysBetween(today, lastUsefulFirstStudy) + 1);
  const newCardsInTime = Math.min(newCards, Math.floor(Math.max(0, input.newPerDay) * studyDays + 1e-9));
  const fromNew = newCardsInTime * CHECKPOINTS.reduce<number>((p, c) => p * rate(c), 1);
  const expectedLongTerm = longTermNow + fromLadder + fromNew;
  return {
    totalCards,
    longTermNow,
    expectedLongTerm,
    share: totalCards > 0 ? expectedLongTerm / totalCards : null,
    fromLadder,
    fromNew,
    newCardsInTime,
    lastUsefulFirstStudy,
  };
}

/**
 * The current pace: mean first studies per day over the last `windowDays` days (today included).
 * Pass `min(pace, dailyNewLimit)` on if the limit should bound it.
 */
export function recentNewPace(
  totals: readonly Pick<DailyTotal, "day" | "firstStudies">[],
  today: StudyDay,
  windowDays = 14,
): number {
  if (windowDays <= 0) return 0;
  const from = addDays(today, -(windowDays - 1));
  const sum = totals.reduce((s, t) => (t.day >= from && t.day <= today ? s + t.firstStudies : s), 0);
  return sum / windowDays;
}
