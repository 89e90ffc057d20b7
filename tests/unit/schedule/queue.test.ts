import { describe, expect, test } from "vitest";
import { addDays, buildQueue } from "@/lib/schedule";

const settings = { dailyReviewCap: 200, dailyNewLimit: 20 };

describe("buildQueue", () => {
  const cards = [
    { id: "today-a", dueOn: "2024-10-27" },
    { id: "new-1", dueOn: null },
    { id: "old", dueOn: "2024-10-01" },
    { id: "tomorrow", dueOn: "2024-10-28" },
    { id: "today-b", dueOn: "2024-10-27" },
    { id: "yesterday", dueOn: "2024-10-26" },
    { id: "new-2", dueOn: null },
  ];

  test("overdue oldest first, then today's in input order; future cards left out", () => {
    const queue = buildQueue(cards, "2024-10-27", settings, 0, 0);
    expect(queue.reviews.map((c) => c.id)).toEqual(["old", "yesterday", "today-a", "today-b"]);
    expect(queue.newCards.map((c) => c.id)).toEqual(["new-1", "new-2"]);
    expect(queue).toMatchObject({ overdue: 2, dueToday: 2, deferred: 0, reviewCapLeft: 200, newLimitLeft: 20 });
    expect(queue.reviews[0]).toBe(cards[2]);
  });

  test.each([
    // cap, new limit, reviewed today, new studied today → reviews, new cards, deferred
    [3, 1, 0, 0, ["old", "yesterday", "today-a"], ["new-1"], 1],
    [3, 2, 1, 1, ["old", "yesterday"], ["new-1"], 2],
    [3, 2, 5, 2, [], [], 4],
    [0, 0, 0, 0, [], [], 4],
  ])(
    "cap %i, new limit %i, %i reviewed and %i new already today",
    (cap, limit, reviewed, studied, ids, newIds, deferred) => {
      const queue = buildQueue(cards, "2024-10-27", { dailyReviewCap: cap, dailyNewLimit: limit }, reviewed, studied);
      expect(queue.reviews.map((c) => c.id)).toEqual(ids);
      expect(queue.newCards.map((c) => c.id)).toEqual(newIds);
      expect(queue.deferred).toBe(deferred);
    },
  );

  test("back after two weeks away: 900 due cards become a capped queue, worked off oldest first over days", () => {
    // 60 cards due on each of the 15 days 2024-10-13 … 2024-10-27, listed newest first
    const backlog = Array.from({ length: 900 }, (_, i) => ({
      id: `c${i}`,
      dueOn: addDays("2024-10-27", -Math.floor(i / 60)),
    }));
    const dayOne = buildQueue(backlog, "2024-10-27", settings, 0, 0);
    expect(dayOne.reviews).toHaveLength(200);
    expect(dayOne).toMatchObject({ overdue: 840, dueToday: 60, deferred: 700 });
    expect(dayOne.reviews[0]?.dueOn).toBe("2024-10-13");
    expect(dayOne.reviews[199]?.dueOn).toBe("2024-10-16");
    expect(dayOne.reviews.map((c) => c.dueOn)).toEqual([...dayOne.reviews.map((c) => c.dueOn)].sort());

    // the student answers all 200; they are no longer due today (the next day brings the rest, still oldest first)
    const answered = new Set(dayOne.reviews.map((c) => c.id));
    const rest = backlog.filter((c) => !answered.has(c.id));
    expect(buildQueue(rest, "2024-10-27", settings, 200, 0).reviews).toHaveLength(0);
    const dayTwo = buildQueue(rest, "2024-10-28", settings, 0, 0);
    expect(dayTwo.reviews[0]?.dueOn).toBe("2024-10-16");
    expect(dayTwo.deferred).toBe(500);
  });
});
