import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type ImportedReview,
  newCard,
  noteProgress,
  reviewCard,
  reviewStateForExport,
  stateFromImportedReview,
} from "@/lib/schedule";
import { settingsFor } from "./helpers";

const settings = settingsFor("Asia/Seoul");
const review = (
  firstStudied: string,
  ticks: [boolean, boolean, boolean, boolean],
  longTerm = false,
): ImportedReview => ({
  firstStudied,
  checkpoints: { "1": ticks[0], "4": ticks[1], "7": ticks[2], "14": ticks[3] },
  longTerm,
});

describe("stateFromImportedReview", () => {
  test.each<[string, ImportedReview, string, object]>([
    [
      "nothing ticked yet",
      review("2024-10-25", [false, false, false, false]),
      "2024-10-27",
      { stage: "ladder", checkpointsDone: [], dueOn: "2024-10-26" },
    ],
    [
      "1 ticked",
      review("2024-10-25", [true, false, false, false]),
      "2024-10-27",
      { stage: "ladder", checkpointsDone: [1], dueOn: "2024-10-29" },
    ],
    [
      "1 and 4 ticked",
      review("2024-10-20", [true, true, false, false]),
      "2024-10-27",
      { stage: "ladder", checkpointsDone: [1, 4], dueOn: "2024-10-27" },
    ],
    [
      "stale: 1/4/7 ticked long ago stays overdue",
      review("2024-01-01", [true, true, true, false]),
      "2024-10-27",
      { stage: "ladder", checkpointsDone: [1, 4, 7], dueOn: "2024-01-15" },
    ],
    [
      "a gap in the ticks: the highest counts",
      review("2024-10-01", [false, true, true, false]),
      "2024-10-27",
      { checkpointsDone: [1, 4, 7], dueOn: "2024-10-15" },
    ],
    [
      "all four ticked (seed 001)",
      review("2024-09-28", [true, true, true, true]),
      "2024-10-27",
      { stage: "long-term", checkpointsDone: [1, 4, 7, 14], dueOn: "2024-12-07" },
    ],
    [
      "long-term flag alone",
      review("2024-09-28", [false, false, false, false], true),
      "2024-10-27",
      { stage: "long-term", dueOn: "2024-12-07" },
    ],
    [
      "first study in the future is taken as today",
      review("2024-12-01", [false, false, false, false]),
      "2024-10-27",
      { firstStudiedOn: "2024-10-27", dueOn: "2024-10-28" },
    ],
  ])("%s", (_name, input, today, expected) => {
    const card = stateFromImportedReview(input, today, settings);
    expect(card).toMatchObject({ lapses: 0, reps: 0, lastReviewedAt: null, ...expected });
    expect(card.fsrs).not.toBeNull();
  });

  test("no review state → a new card", () => {
    expect(stateFromImportedReview(null, "2024-10-27", settings)).toEqual(newCard());
  });

  test("a malformed date is INVALID_INPUT", () => {
    expect(() =>
      stateFromImportedReview(review("2024/09/28", [true, false, false, false]), "2024-10-27", settings),
    ).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  test("imported cards are ordinary cards: the next review follows the ladder", () => {
    const card = stateFromImportedReview(review("2024-10-20", [true, true, false, false]), "2024-10-27", settings);
    const { card: next, log } = reviewCard(card, "remembered", new Date("2024-10-27T03:00:00Z"), settings);
    expect(log).toMatchObject({ kind: "on-time", checkpoint: 7 });
    expect(next).toMatchObject({ checkpointsDone: [1, 4, 7], dueOn: "2024-11-03" });
  });
});

describe("reviewStateForExport", () => {
  test.each([
    review("2024-10-25", [false, false, false, false]),
    review("2024-10-25", [true, false, false, false]),
    review("2024-10-20", [true, true, false, false]),
    review("2024-10-01", [true, true, true, false]),
    review("2024-09-28", [true, true, true, true], true),
  ])("import → export round-trips %j", (input) => {
    const cards = [
      stateFromImportedReview(input, "2024-10-27", settings),
      stateFromImportedReview(input, "2024-10-27", settings),
    ];
    expect(reviewStateForExport(noteProgress(cards, "2024-10-27"))).toEqual(input);
  });

  test("normalised on the way: a gap is filled, 14 implies long-term", () => {
    const out = (input: ImportedReview) =>
      reviewStateForExport(noteProgress([stateFromImportedReview(input, "2024-10-27", settings)], "2024-10-27"));
    expect(out(review("2024-10-01", [false, true, true, false]))).toEqual(
      review("2024-10-01", [true, true, true, false]),
    );
    expect(out(review("2024-09-28", [true, true, true, true]))).toEqual(
      review("2024-09-28", [true, true, true, true], true),
    );
  });

  test("a note nobody studied exports null (keys left alone)", () => {
    expect(reviewStateForExport(noteProgress([newCard()], "2024-10-27"))).toBeNull();
  });

  test("a lapse after import unticks the note's checkpoints but keeps its first-study date", () => {
    const card = stateFromImportedReview(review("2024-10-20", [true, true, false, false]), "2024-10-27", settings);
    const lapsed = reviewCard(card, "forgot", new Date("2024-10-27T03:00:00Z"), settings).card;
    expect(reviewStateForExport(noteProgress([lapsed], "2024-10-27"))).toEqual(
      review("2024-10-20", [false, false, false, false]),
    );
  });

  test("round trip for any consistent state (property)", () => {
    const ticks = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), ticks, (ageDays, count) => {
        const first = new Date(Date.UTC(2024, 9, 27) - ageDays * 86_400_000).toISOString().slice(0, 10);
        const flags = [0, 1, 2, 3].map((i) => i < count) as [boolean, boolean, boolean, boolean];
        const input = review(first, flags, count === 4);
        const exported = reviewStateForExport(
          noteProgress([stateFromImportedReview(input, "2024-10-27", settings)], "2024-10-27"),
        );
        expect(exported).toEqual(input);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
