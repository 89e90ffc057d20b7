/**
 * The review session as a pure state machine: which card is shown, whether its answer is revealed, the
 * session's counts, forgotten cards coming back, and undo. No React, storage or network here, so it is
 * unit-tested directly (tests/unit/review/review-reducer.test.ts); `use-review-session.ts` runs it.
 */

export interface ReviewCardView {
  id: string;
  noteId: string;
  note: string;
  line: number;
  reps: number;
  isNew: boolean;
  checkpoint: 1 | 4 | 7 | 14 | "long-term" | null;
  due: string | null;
  frontHtml: string;
  backHtml: string;
}

export type Grade = "remembered" | "forgot";

/**
 * One turn of the queue. `relearning` marks the in-session repeat of a card forgotten earlier in this
 * session: it is not sent to the server, so the ladder (due tomorrow) is untouched (docs/scheduling.md).
 */
export interface QueueEntry {
  card: ReviewCardView;
  relearning: boolean;
}

/** Every answer counts, the repeats of forgotten cards included (five "forgot" presses → forgot 5). */
export interface SessionStats {
  answers: number;
  forgot: number;
  ms: number;
}

/** What undo needs: the state before the answer, and whether the answer went to the server's ladder. */
export interface AnswerRecord {
  requestId: string;
  cardId: string;
  grade: Grade;
  /** True when the answer was queued for the server (not an in-session relearning step). */
  recorded: boolean;
  before: Pick<ReviewState, "queue" | "index" | "stats">;
}

export interface ReviewState {
  queue: QueueEntry[];
  index: number;
  revealed: boolean;
  stats: SessionStats;
  /** This page's answers, newest last; undo pops them one by one. */
  history: AnswerRecord[];
}

export type ReviewAction =
  | { type: "reveal" }
  | { type: "answer"; grade: Grade; requestId: string; durationMs: number }
  | { type: "undo" }
  | { type: "restore-stats"; stats: SessionStats }
  /** Cards whose answers still wait in the outbox are hidden (they are still due on the server). */
  | { type: "hide-cards"; cardIds: readonly string[] };

/** A forgotten card comes back after this many other cards (or at the end, when fewer are left). */
export const RELEARN_GAP = 3;

export const EMPTY_STATS: SessionStats = { answers: 0, forgot: 0, ms: 0 };

export function initialReviewState(cards: readonly ReviewCardView[]): ReviewState {
  return {
    queue: cards.map((card) => ({ card, relearning: false })),
    index: 0,
    revealed: false,
    stats: EMPTY_STATS,
    history: [],
  };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "reveal":
      return currentEntry(state) && !state.revealed ? { ...state, revealed: true } : state;
    case "answer":
      return answer(state, action);
    case "undo": {
      const last = state.history.at(-1);
      if (!last) return state;
      return { ...state, ...last.before, revealed: false, history: state.history.slice(0, -1) };
    }
    case "restore-stats":
      return { ...state, stats: action.stats };
    case "hide-cards": {
      const hidden = new Set(action.cardIds);
      const before = state.queue.slice(0, state.index);
      const after = state.queue.slice(state.index).filter((entry) => !hidden.has(entry.card.id));
      return { ...state, queue: [...before, ...after] };
    }
  }
}

function answer(state: ReviewState, action: Extract<ReviewAction, { type: "answer" }>): ReviewState {
  const entry = currentEntry(state);
  if (!entry || !state.revealed) return state;
  // Forgotten: the card comes back after a few others until recalled, as a relearning step.
  const queue =
    action.grade === "forgot"
      ? insertAt(state.queue, Math.min(state.index + 1 + RELEARN_GAP, state.queue.length), {
          card: entry.card,
          relearning: true,
        })
      : state.queue;
  return {
    queue,
    index: state.index + 1,
    revealed: false,
    stats: {
      answers: state.stats.answers + 1,
      forgot: state.stats.forgot + (action.grade === "forgot" ? 1 : 0),
      ms: state.stats.ms + action.durationMs,
    },
    history: [
      ...state.history,
      {
        requestId: action.requestId,
        cardId: entry.card.id,
        grade: action.grade,
        recorded: !entry.relearning,
        before: { queue: state.queue, index: state.index, stats: state.stats },
      },
    ],
  };
}

export function currentEntry(state: ReviewState): QueueEntry | undefined {
  return state.queue[state.index];
}

/** What is left of the session, due and new apart; `again` counts forgotten cards coming back. */
export function remaining(state: ReviewState): { due: number; fresh: number; again: number } {
  const left = { due: 0, fresh: 0, again: 0 };
  for (const entry of state.queue.slice(state.index)) {
    if (entry.relearning) left.again += 1;
    else if (entry.card.isNew) left.fresh += 1;
    else left.due += 1;
  }
  return left;
}

function insertAt<T>(items: readonly T[], at: number, item: T): T[] {
  return [...items.slice(0, at), item, ...items.slice(at)];
}
