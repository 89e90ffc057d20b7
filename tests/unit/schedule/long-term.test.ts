import { describe, expect, test } from "vitest";
import { type CardSchedule, daysBetween, firstStudy, newCard, reviewCard } from "@/lib/schedule";
import { settingsFor } from "./helpers";

const noon = (day: string | null) => new Date(`${day}T12:00:00Z`);

/** A card first studied on 2024-01-01 and reviewed on time up to long-term memory (graduates 2024-01-15). */
function graduate(targetRetention = 0.9): CardSchedule {
  const settings = settingsFor("UTC", 4, { targetRetention });
  let card = firstStudy(newCard(), noon("2024-01-01"), settings).card;
  while (card.stage === "ladder") card = reviewCard(card, "remembered", noon(card.dueOn), settings).card;
  return card;
}

describe("graduation to long-term memory (FSRS)", () => {
  test("after the 14-day checkpoint the card is long-term, due after the FSRS interval", () => {
    const card = graduate();
    expect(card).toMatchObject({ stage: "long-term", checkpointsDone: [1, 4, 7, 14], dueOn: "2024-03-11" });
    expect(card.fsrs).toMatchObject({
      state: "Review",
      reps: 5,
      lapses: 0,
      scheduledDays: 56,
      lastReviewOn: "2024-01-15",
    });
  });

  test.each([
    [0.7, 0.8],
    [0.8, 0.9],
    [0.9, 0.95],
    [0.95, 0.99],
  ])("a target retention of %f spaces reviews further apart than %f", (lower, higher) => {
    const interval = (r: number) => daysBetween("2024-01-15", graduate(r).dueOn as string);
    expect(interval(lower)).toBeGreaterThan(interval(higher));
    expect(interval(higher)).toBeGreaterThanOrEqual(1);
  });
});

describe("maintenance reviews", () => {
  const settings = settingsFor("UTC");
  const card = graduate();

  test("Remembered on time: the next interval grows", () => {
    const { card: next, log } = reviewCard(card, "remembered", noon(card.dueOn), settings);
    expect(log).toMatchObject({ kind: "on-time", checkpoint: "long-term", daysLate: 0 });
    expect(next.stage).toBe("long-term");
    expect(daysBetween(card.dueOn as string, next.dueOn as string)).toBeGreaterThan(56);
  });

  test("Remembered late: FSRS credits the longer gap with at least as long an interval", () => {
    const onTime = reviewCard(card, "remembered", noon(card.dueOn), settings).card;
    const late = reviewCard(card, "remembered", noon("2024-05-11"), settings);
    expect(late.log).toMatchObject({ kind: "late", daysLate: 61 });
    expect(daysBetween("2024-05-11", late.card.dueOn as string)).toBeGreaterThanOrEqual(
      daysBetween(card.dueOn as string, onTime.dueOn as string),
    );
  });

  test("Remembered early: rescheduled from today, still long-term", () => {
    const { card: next, log } = reviewCard(card, "remembered", noon("2024-02-01"), settings);
    expect(log).toMatchObject({ kind: "early", daysLate: -39 });
    expect(next.stage).toBe("long-term");
    expect(next.dueOn! > "2024-02-01").toBe(true);
  });

  test("Forgot: lapses back into the ladder from that day, and climbs it again", () => {
    const { card: lapsed } = reviewCard(card, "forgot", noon("2024-03-11"), settings);
    expect(lapsed).toMatchObject({
      stage: "ladder",
      introducedOn: "2024-01-01",
      firstStudiedOn: "2024-03-11",
      checkpointsDone: [],
      dueOn: "2024-03-12",
      lapses: 1,
    });
    expect(lapsed.fsrs?.lapses).toBe(1);
    let again = lapsed;
    const dues: (string | null)[] = [];
    while (again.stage === "ladder") {
      again = reviewCard(again, "remembered", noon(again.dueOn), settings).card;
      dues.push(again.dueOn);
    }
    expect(dues.slice(0, 3)).toEqual(["2024-03-15", "2024-03-18", "2024-03-25"]);
    expect(again.stage).toBe("long-term");
    expect(again.lapses).toBe(1);
  });

  test("the target retention in force at the answer decides the interval", () => {
    const strict = reviewCard(card, "remembered", noon(card.dueOn), settingsFor("UTC", 4, { targetRetention: 0.97 }));
    const relaxed = reviewCard(card, "remembered", noon(card.dueOn), settingsFor("UTC", 4, { targetRetention: 0.8 }));
    expect(strict.card.dueOn! < relaxed.card.dueOn!).toBe(true);
    expect(strict.card.fsrs?.stability).toBe(relaxed.card.fsrs?.stability);
  });
});
