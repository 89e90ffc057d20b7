import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type CardSchedule,
  type Grade,
  type ReviewLog,
  addDays,
  canUndo,
  firstStudy,
  newCard,
  reviewCard,
  studyDayOf,
  undoReview,
} from "@/lib/schedule";
import { deepFreeze, settingsFor } from "./helpers";

describe("undo", () => {
  const settings = settingsFor("America/New_York");
  const steps: [Grade, string][] = [
    ["remembered", "2024-03-11T12:00:00Z"],
    ["forgot", "2024-03-14T12:00:00Z"],
    ["remembered", "2024-03-15T03:00:00Z"],
    ["remembered", "2024-03-20T16:00:00Z"],
  ];

  test("undo of each answer restores the state before it exactly (round trip)", () => {
    let { card, log } = firstStudy(newCard(), new Date("2024-03-10T15:00:00Z"), settings);
    const logs: ReviewLog[] = [log];
    const states: CardSchedule[] = [newCard(), card];
    for (const [grade, iso] of steps) {
      ({ card, log } = reviewCard(deepFreeze(card), grade, new Date(iso), settings));
      logs.push(log);
      states.push(card);
    }
    logs.forEach((entry, i) => {
      expect(undoReview(entry)).toEqual(states[i]);
      expect(canUndo(states[i + 1] as CardSchedule, entry)).toBe(true);
    });
    expect(canUndo(card, logs[1] as ReviewLog)).toBe(false);
  });

  test("the undone state is a copy, not the log's object", () => {
    const { log } = firstStudy(newCard(), new Date("2024-03-10T15:00:00Z"), settings);
    const restored = undoReview(log);
    expect(restored).not.toBe(log.previous);
    expect(restored.checkpointsDone).not.toBe(log.previous.checkpointsDone);
  });

  test("logs survive JSON (the database stores them as JSON) and still undo", () => {
    const { card } = firstStudy(newCard(), new Date("2024-03-10T15:00:00Z"), settings);
    const { card: next, log } = reviewCard(card, "remembered", new Date("2024-03-11T15:00:00Z"), settings);
    const stored = JSON.parse(JSON.stringify(log)) as ReviewLog;
    expect(undoReview(stored)).toEqual(card);
    expect(canUndo(JSON.parse(JSON.stringify(next)) as CardSchedule, stored)).toBe(true);
  });
});

describe("properties of random review histories", () => {
  const zones = ["Asia/Seoul", "America/New_York", "Pacific/Auckland", "UTC"];
  const answer = fc.record({
    grade: fc.constantFrom<Grade>("remembered", "forgot"),
    // minutes after the previous answer: same day, next days, or weeks away
    gapMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 600, max: 60 * 24 * 40 })),
  });

  test("due date is after the answer's day, state is consistent, input untouched, undo exact", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0.7, 0.85, 0.9, 0.99),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }),
        fc.array(answer, { minLength: 1, maxLength: 30 }),
        (zone, dayStartHour, targetRetention, startMs, answers) => {
          const settings = settingsFor(zone, dayStartHour, { targetRetention });
          let now = new Date(startMs);
          let card = deepFreeze(firstStudy(newCard(), now, settings).card);
          for (const { grade, gapMinutes } of answers) {
            now = new Date(now.getTime() + gapMinutes * 60_000);
            const before = JSON.stringify(card);
            const { card: next, log } = reviewCard(card, grade, now, settings);
            const today = studyDayOf(now, settings);
            expect(JSON.stringify(card)).toBe(before);
            expect(undoReview(log)).toEqual(card);
            expect(next.dueOn! > today).toBe(true);
            expect(next.stage === "long-term").toBe(next.checkpointsDone.length === 4);
            expect([1, 4, 7, 14].slice(0, next.checkpointsDone.length)).toEqual(next.checkpointsDone);
            expect(next.lapses).toBeGreaterThanOrEqual(card.lapses);
            expect(next.reps).toBe(card.reps + 1);
            if (next.stage === "ladder") {
              // never before the nominal date of the checkpoint it is waiting for
              const waitingFor = [1, 4, 7, 14][next.checkpointsDone.length] as number;
              expect(next.dueOn! >= addDays(next.firstStudiedOn!, waitingFor)).toBe(true);
            }
            if (grade === "forgot")
              expect(next).toMatchObject({ stage: "ladder", firstStudiedOn: today, checkpointsDone: [] });
            card = deepFreeze(next);
          }
        },
      ),
      { numRuns: 150, seed: 20241027 },
    );
  });
});
