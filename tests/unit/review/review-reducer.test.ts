import { describe, expect, test } from "vitest";
import {
  currentEntry,
  initialReviewState,
  type ReviewAction,
  type ReviewState,
  remaining,
  reviewReducer,
} from "@/app/(app)/review/_components/review-reducer";
import { cardView } from "./cards";

const run = (state: ReviewState, actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const answer = (grade: "remembered" | "forgot", requestId: string, durationMs = 1000): ReviewAction[] => [
  { type: "reveal" },
  { type: "answer", grade, requestId, durationMs },
];

describe("review reducer", () => {
  test("an answer needs the answer revealed first, then moves to the next card", () => {
    const start = initialReviewState([cardView("a"), cardView("b")]);
    expect(reviewReducer(start, { type: "answer", grade: "remembered", requestId: "r1", durationMs: 5 })).toBe(start);
    const after = run(start, answer("remembered", "r1", 1500));
    expect(currentEntry(after)?.card.id).toBe("b");
    expect(after.revealed).toBe(false);
    expect(after.stats).toEqual({ answers: 1, forgot: 0, ms: 1500 });
    expect(after.history.map((h) => [h.requestId, h.cardId, h.recorded])).toEqual([["r1", "a", true]]);
  });

  test("the input state is never changed", () => {
    const start = initialReviewState([cardView("a"), cardView("b")]);
    const copy = structuredClone(start);
    run(start, [...answer("forgot", "r1"), { type: "undo" }]);
    expect(start).toEqual(copy);
  });

  test("what is left counts due and new cards apart", () => {
    const state = initialReviewState([cardView("a"), cardView("b"), cardView("n1", true)]);
    expect(remaining(state)).toEqual({ due: 2, fresh: 1, again: 0 });
    expect(remaining(run(state, answer("remembered", "r1")))).toEqual({ due: 1, fresh: 1, again: 0 });
  });

  test("cards whose answers wait in the outbox are hidden, shown ones stay", () => {
    const state = run(initialReviewState([cardView("a"), cardView("b"), cardView("c")]), answer("remembered", "r1"));
    const hidden = reviewReducer(state, { type: "hide-cards", cardIds: ["a", "c"] });
    expect(hidden.queue.map((entry) => entry.card.id)).toEqual(["a", "b"]);
    expect(currentEntry(hidden)?.card.id).toBe("b");
  });

  test("restored stats replace the running totals", () => {
    const state = reviewReducer(initialReviewState([cardView("a")]), {
      type: "restore-stats",
      stats: { answers: 4, forgot: 1, ms: 9000 },
    });
    expect(run(state, answer("remembered", "r1", 1000)).stats).toEqual({ answers: 5, forgot: 1, ms: 10_000 });
  });
});
