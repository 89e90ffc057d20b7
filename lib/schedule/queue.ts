import type { StudyDay, UserScheduleSettings } from "./types";

/** The least a queue needs to know about a card; `dueOn: null` marks a new (never studied) card. */
export interface QueueCandidate {
  id: string;
  dueOn: StudyDay | null;
}

/** Today's work. `reviews` and `newCards` keep the caller's objects (same references). */
export interface StudyQueue<T extends QueueCandidate> {
  /** Due cards to review now: overdue oldest first, then today's; at most the cap left for today. */
  reviews: T[];
  /** New cards to study for the first time, in input order, at most the new-card limit left for today. */
  newCards: T[];
  /** Due cards (among the input) with `dueOn` before today. */
  overdue: number;
  /** Due cards with `dueOn` equal to today. */
  dueToday: number;
  /** Due cards held back by the daily cap: still due, offered on the next days (never skipped). */
  deferred: number;
  /** Reviews still allowed today under the cap (before taking `reviews`). */
  reviewCapLeft: number;
  /** New cards still allowed today under the limit (before taking `newCards`). */
  newLimitLeft: number;
}

/**
 * Builds today's review queue. Cards due after today are ignored. Due cards are sorted by due date,
 * oldest first (ties keep input order, so the caller may pre-sort by note and position), and capped at
 * `dailyReviewCap - alreadyReviewedToday`; the rest stay due and come first on the following days.
 * New cards are limited to `dailyNewLimit - newStudiedToday`, independently of the review cap.
 * @param alreadyReviewedToday answers to due (non-new) cards already given this study day
 * @param newStudiedToday first studies already done this study day
 * @example buildQueue(cards, "2024-10-27", settings, 12, 0)
 */
export function buildQueue<T extends QueueCandidate>(
  cards: readonly T[],
  today: StudyDay,
  settings: Pick<UserScheduleSettings, "dailyReviewCap" | "dailyNewLimit">,
  alreadyReviewedToday: number,
  newStudiedToday: number,
): StudyQueue<T> {
  const due: { card: T; index: number }[] = [];
  const fresh: T[] = [];
  let overdue = 0;
  let dueToday = 0;
  cards.forEach((card, index) => {
    if (card.dueOn === null) fresh.push(card);
    else if (card.dueOn <= today) {
      due.push({ card, index });
      if (card.dueOn < today) overdue++;
      else dueToday++;
    }
  });
  due.sort((a, b) =>
    a.card.dueOn === b.card.dueOn ? a.index - b.index : (a.card.dueOn as string) < (b.card.dueOn as string) ? -1 : 1,
  );
  const reviewCapLeft = Math.max(0, settings.dailyReviewCap - Math.max(0, alreadyReviewedToday));
  const newLimitLeft = Math.max(0, settings.dailyNewLimit - Math.max(0, newStudiedToday));
  const reviews = due.slice(0, reviewCapLeft).map((entry) => entry.card);
  return {
    reviews,
    newCards: fresh.slice(0, newLimitLeft),
    overdue,
    dueToday,
    deferred: due.length - reviews.length,
    reviewCapLeft,
    newLimitLeft,
  };
}
