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

describe("forgotten cards in the same session", () => {
  const ids = (state: ReviewState) => state.queue.slice(state.index).map((entry) => entry.card.id);

  test("come back after a few other cards, as relearning steps that are not recorded, until recalled", () => {
    const cards = ["a", "b", "c", "d", "e"].map((id) => cardView(id));
    let state = run(initialReviewState(cards), answer("forgot", "r1"));
    expect(ids(state)).toEqual(["b", "c", "d", "a", "e"]);
    expect(remaining(state)).toEqual({ due: 4, fresh: 0, again: 1 });
    state = run(state, [...answer("remembered", "r2"), ...answer("remembered", "r3"), ...answer("remembered", "r4")]);
    expect(currentEntry(state)).toEqual({ card: cards[0], relearning: true });
    // Forgot again: it comes back again (at the end, fewer than three cards are left).
    state = run(state, answer("forgot", "r5"));
    expect(ids(state)).toEqual(["e", "a"]);
    state = run(state, [...answer("remembered", "r6"), ...answer("remembered", "r7")]);
    expect(currentEntry(state)).toBeUndefined();
    expect(state.history.map((h) => [h.cardId, h.recorded])).toEqual([
      ["a", true],
      ["b", true],
      ["c", true],
      ["d", true],
      ["a", false],
      ["e", true],
      ["a", false],
    ]);
  });

  test("the last card forgotten is shown again at once", () => {
    const state = run(initialReviewState([cardView("a")]), answer("forgot", "r1"));
    expect(currentEntry(state)).toEqual({ card: cardView("a"), relearning: true });
  });

  test("every answer counts: five forgot answers, four of them on new cards, are five", () => {
    const cards = [cardView("a"), ...["n1", "n2", "n3", "n4"].map((id) => cardView(id, true))];
    const state = run(
      initialReviewState(cards),
      ["r1", "r2", "r3", "r4", "r5"].flatMap((id) => answer("forgot", id, 100)),
    );
    expect(state.stats).toEqual({ answers: 5, forgot: 5, ms: 500 });
  });
});

describe("undo", () => {
  test("after every answer: the card comes back unrevealed and the counts are as before", () => {
    const start = initialReviewState([cardView("a"), cardView("b"), cardView("c")]);
    const once = run(start, answer("remembered", "r1", 700));
    const twice = run(once, answer("forgot", "r2", 900));
    expect(twice.stats).toEqual({ answers: 2, forgot: 1, ms: 1600 });

    const undone = reviewReducer(twice, { type: "undo" });
    expect(currentEntry(undone)?.card.id).toBe("b");
    expect(undone.revealed).toBe(false);
    expect(undone.stats).toEqual(once.stats);
    expect(undone.queue).toEqual(once.queue);
    expect(remaining(undone)).toEqual({ due: 2, fresh: 0, again: 0 });
    expect(undone.history.map((h) => h.requestId)).toEqual(["r1"]);

    const back = reviewReducer(undone, { type: "undo" });
    expect(back.stats).toEqual(start.stats);
    expect(currentEntry(back)?.card.id).toBe("a");
    expect(reviewReducer(back, { type: "undo" })).toBe(back);
  });

  test("undoing a forgot answer takes its relearning step out of the queue", () => {
    const state = run(initialReviewState([cardView("a"), cardView("b")]), [
      ...answer("forgot", "r1"),
      { type: "undo" },
    ]);
    expect(state.queue.map((entry) => entry.card.id)).toEqual(["a", "b"]);
    expect(remaining(state).again).toBe(0);
  });
});
