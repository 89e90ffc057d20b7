import { describe, expect, test } from "vitest";
import { type ProjectionCard, dailyTotals, projectLongTermShare, recentNewPace } from "@/lib/stats";
import { HISTORY, TODAY } from "./history";

const cards: ProjectionCard[] = [
  { stage: "long-term", firstStudiedOn: "2024-09-01", checkpointsDone: [1, 4, 7, 14], dueOn: "2024-12-01", count: 2 },
  // A: waiting for 4 on 10-28 → 7 on 10-31 → 14 on 11-07
  { stage: "ladder", firstStudiedOn: "2024-10-24", checkpointsDone: [1], dueOn: "2024-10-28" },
  // B: overdue since 10-21 → 1 today, 4 on 10-28, 7 on 10-29, 14 on 11-03
  { stage: "ladder", firstStudiedOn: "2024-10-20", checkpointsDone: [], dueOn: "2024-10-21" },
  // C: started today → 14 on 11-10
  { stage: "ladder", firstStudiedOn: "2024-10-27", checkpointsDone: [], dueOn: "2024-10-28" },
  { stage: "new", firstStudiedOn: null, checkpointsDone: [], dueOn: null, count: 10 },
];

describe("projectLongTermShare", () => {
  test.each([
    // exam, pace, long-term expected, from ladder, from new, new in time
    ["2024-11-12", 2, 11, 3, 6, 6], // last useful first study 10-29: 3 days × 2
    ["2024-11-09", 2, 4, 2, 0, 0], // C graduates 11-10: too late; no time for new cards
    ["2024-11-10", 0.5, 5, 3, 0, 0], // half a card a day for one day rounds down to none
    ["2024-12-31", 1, 15, 3, 10, 10], // all new cards fit
    ["2024-10-01", 5, 2, 0, 0, 0], // exam already past: only what is long-term now
  ])("exam on %s at %f new cards a day", (examOn, newPerDay, expected, fromLadder, fromNew, newCardsInTime) => {
    const projection = projectLongTermShare({ cards, today: TODAY, examOn, newPerDay });
    expect(projection).toMatchObject({ totalCards: 15, longTermNow: 2, fromLadder, fromNew, newCardsInTime });
    expect(projection.expectedLongTerm).toBe(expected);
    expect(projection.share).toBeCloseTo(expected / 15, 10);
  });

  test("recall rates make it an expectation: each remaining checkpoint must be passed", () => {
    const recall = { 1: 0.9, 4: 0.8, 7: 0.9, 14: 1 };
    const projection = projectLongTermShare({ cards, today: TODAY, examOn: "2024-11-12", newPerDay: 2, recall });
    // A needs 4, 7, 14: 0.72; B and C need all four: 0.648 each; 6 new cards at 0.648
    expect(projection.fromLadder).toBeCloseTo(0.72 + 2 * 0.648, 10);
    expect(projection.fromNew).toBeCloseTo(6 * 0.648, 10);
    expect(projection.expectedLongTerm).toBeCloseTo(7.904, 10);
  });

  test("no cards: share null", () => {
    expect(projectLongTermShare({ cards: [], today: TODAY, examOn: "2024-12-01", newPerDay: 3 }).share).toBeNull();
  });
});

describe("recentNewPace", () => {
  const totals = dailyTotals(HISTORY, { timeZone: "Asia/Seoul", dayStartHour: 4 });
  test.each([
    [14, 3 / 14], // 10-14 … 10-27: 2 on 10-20, 1 on 10-24
    [7, 1 / 7], // 10-21 … 10-27
    [1, 0],
    [0, 0],
  ])("over %i days: %f a day", (window, pace) => {
    expect(recentNewPace(totals, TODAY, window)).toBeCloseTo(pace, 12);
  });
});
