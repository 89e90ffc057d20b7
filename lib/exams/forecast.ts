import { default_w, forgetting_curve } from "ts-fsrs";
import { type CardSchedule, daysBetween, type StudyDay } from "@/lib/schedule";

/**
 * Predicted probability (0–1) that a card is recalled on `onDay` if it is not reviewed again before then:
 * FSRS retrievability R(t, S) from the card's memory state, which lib/schedule keeps from every answer since
 * the first study (ladder cards included: the ladder decides the dates, FSRS still follows each answer).
 * t is the number of study days from the last answer to `onDay` (0 or less → the day of the answer, R = 1).
 * A card never studied has no memory: 0. Uses the same default FSRS parameters as the scheduler.
 *
 * @example retrievabilityOn({ ...card, fsrs: { stability: 10, lastReviewOn: "2026-03-01", … } }, "2026-03-11") // 0.9
 */
export function retrievabilityOn(schedule: Pick<CardSchedule, "fsrs">, onDay: StudyDay): number {
  const memory = schedule.fsrs;
  if (!memory || memory.lastReviewOn === null || !(memory.stability > 0)) return 0;
  const elapsed = daysBetween(memory.lastReviewOn, onDay);
  if (elapsed <= 0) return 1;
  return forgetting_curve(default_w, elapsed, memory.stability);
}
