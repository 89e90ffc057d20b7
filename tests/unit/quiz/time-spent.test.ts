import { describe, expect, test } from "vitest";
import { timeSpentMs } from "@/lib/quiz";

const start = new Date("2026-03-02T09:00:00.000Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("timeSpentMs (issue 17: 'Time 4 s' after an auto-submit at 0:00)", () => {
  test.each([
    // auto-submitted at 0:00 of a 10-minute mock; the per-question clocks only caught 4 s
    ["auto-submit at the deadline", at(600), 600, 4_000, 600_000],
    ["submitted early: wall clock", at(125), 600, 90_000, 125_000],
    ["finished after the deadline: capped at the limit", at(900), 600, 4_000, 600_000],
    ["untimed practice: the per-question times", at(86_400), null, 42_000, 42_000],
  ])("%s", (_, finishedAt, limitSeconds, questionTimeMs, expected) => {
    expect(timeSpentMs({ startedAt: start, finishedAt, limitSeconds, questionTimeMs })).toBe(expected);
  });
});
