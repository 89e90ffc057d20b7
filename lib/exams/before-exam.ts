import { type CardSchedule, daysBetween, type StudyDay } from "@/lib/schedule";
import { retrievabilityOn } from "./forecast";

/** Days before the exam the "before the exam" queue runs, unless the user sets another number. */
export const DEFAULT_BEFORE_EXAM_DAYS = 7;
/** The longest window a user may set. */
export const MAX_BEFORE_EXAM_DAYS = 60;

/**
 * Days left until the exam when `today` lies in the "before the exam" window (the last `days` days up to and
 * including the exam day), else null.
 *
 * @example beforeExamDaysLeft("2026-03-05", "2026-03-10", 7) // 5
 */
export function beforeExamDaysLeft(today: StudyDay, examDate: StudyDay | null, days: number): number | null {
  if (examDate === null) return null;
  const left = daysBetween(today, examDate);
  return left >= 0 && left <= days ? left : null;
}

export interface BeforeExamCandidate {
  id: string;
  schedule: Pick<CardSchedule, "stage" | "dueOn" | "fsrs">;
}

export interface BeforeExamQueue {
  /** Card ids to review now, lowest predicted recall on exam day first (at most `room`). */
  cardIds: string[];
  /** Cards that need it: studied, not due by today, not yet answered today, recall on exam day below target. */
  needed: number;
  /** How many of them today's room covers (`cardIds.length`). */
  covered: number;
}

/**
 * The "before the exam" queue: the mapped cards with the lowest predicted recall on the exam day, brought back
 * beyond their due dates, within the room left in today's review cap.
 *
 * A card is a candidate when it was studied (new cards are first studied in the normal queue), is not due by
 * `today` (those are in the normal queue already), was not answered today (one refresh a day is enough; it
 * also keeps a reload from offering the same card again) and its recall on `examDate` is below
 * `targetRetention`. Candidates are ordered by that recall, ties by id, and the first `room` are taken.
 *
 * @example selectBeforeExamQueue({ cards, today: "2026-03-05", examDate: "2026-03-10", room: 20, targetRetention: 0.9 })
 */
export function selectBeforeExamQueue(input: {
  cards: readonly BeforeExamCandidate[];
  today: StudyDay;
  examDate: StudyDay;
  room: number;
  targetRetention: number;
}): BeforeExamQueue {
  const { today, examDate } = input;
  const ranked = input.cards
    .filter(
      (card) =>
        card.schedule.stage !== "new" &&
        card.schedule.fsrs !== null &&
        card.schedule.fsrs.lastReviewOn !== today &&
        card.schedule.dueOn !== null &&
        card.schedule.dueOn > today,
    )
    .map((card) => ({ id: card.id, recall: retrievabilityOn(card.schedule, examDate) }))
    .filter((card) => card.recall < input.targetRetention)
    .sort((a, b) => a.recall - b.recall || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cardIds = ranked.slice(0, Math.max(0, input.room)).map((card) => card.id);
  return { cardIds, needed: ranked.length, covered: cardIds.length };
}
