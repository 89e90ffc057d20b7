import { describe, expect, test } from "vitest";
import {
  dailyTotals,
  dueNow,
  forecastDue,
  groupDueDates,
  heatLevel,
  heatmap,
  nextDueAfter,
  overallRecall,
  recallByCheckpoint,
  recallBySubject,
  streak,
} from "@/lib/stats";
import { HISTORY, TODAY } from "./history";

const seoul = dailyTotals(HISTORY, { timeZone: "Asia/Seoul", dayStartHour: 4 });
const newYork = dailyTotals(HISTORY, { timeZone: "America/New_York", dayStartHour: 4 });
const days = (...list: string[]) => list.map((day) => ({ day, reviews: 1 }));

describe("streak", () => {
  test("hand-made history: Seoul 4 days (24–27), longest 4; New York the same days", () => {
    expect(streak(seoul, TODAY)).toEqual({ current: 4, longest: 4, studiedToday: true, lastStudyDay: TODAY });
    expect(streak(newYork, TODAY)).toEqual({ current: 4, longest: 4, studiedToday: true, lastStudyDay: TODAY });
  });

  test.each([
    ["studied today and the two days before", days("2024-10-25", "2024-10-26", "2024-10-27"), 3, 3, true],
    ["not yet today: yesterday's streak holds", days("2024-10-25", "2024-10-26"), 2, 2, false],
    ["missed yesterday: broken", days("2024-10-24", "2024-10-25"), 0, 2, false],
    ["a gap splits runs", days("2024-10-01", "2024-10-02", "2024-10-03", "2024-10-05", "2024-10-27"), 1, 3, true],
    ["days after today are ignored", days("2024-10-27", "2024-10-28"), 1, 1, true],
    [
      "days with zero reviews don't count",
      [
        { day: "2024-10-26", reviews: 0 },
        { day: "2024-10-27", reviews: 1 },
      ],
      1,
      1,
      true,
    ],
    ["nothing at all", [], 0, 0, false],
    ["across a month end", days("2024-09-29", "2024-09-30", "2024-10-01"), 0, 3, false],
  ])("%s", (_name, totals, current, longest, studiedToday) => {
    expect(streak(totals, TODAY)).toMatchObject({ current, longest, studiedToday });
  });
});

describe("forecast", () => {
  const counts = [
    { dueOn: "2024-10-20", count: 2 },
    { dueOn: "2024-10-27", count: 3 },
    { dueOn: "2024-10-28", count: 1 },
    { dueOn: "2024-11-10", count: 4 },
    { dueOn: "2024-11-25", count: 6 },
    { dueOn: "2024-11-26", count: 5 },
  ];

  test("30 days from today; overdue counted on day 0; day 30 left out", () => {
    const forecast = forecastDue(counts, TODAY);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: TODAY, count: 5, overdue: 2 });
    expect(forecast[1]).toEqual({ day: "2024-10-28", count: 1, overdue: 0 });
    expect(forecast[14]).toEqual({ day: "2024-11-10", count: 4, overdue: 0 });
    expect(forecast[29]).toEqual({ day: "2024-11-25", count: 6, overdue: 0 });
    expect(forecast.reduce((s, d) => s + d.count, 0)).toBe(16);
  });

  test("due now, and the next due day when nothing is left today", () => {
    expect(dueNow(counts, TODAY)).toBe(5);
    expect(nextDueAfter(counts, TODAY)).toBe("2024-10-28");
    expect(nextDueAfter([{ dueOn: "2024-10-01", count: 1 }], TODAY)).toBeNull();
  });

  test("from a plain list of due dates", () => {
    expect(groupDueDates(["2024-10-28", null, "2024-10-20", "2024-10-28"])).toEqual([
      { dueOn: "2024-10-20", count: 1 },
      { dueOn: "2024-10-28", count: 2 },
    ]);
  });
});

describe("heatmap", () => {
  test("last 365 days of the hand-made history", () => {
    const map = heatmap(seoul, TODAY);
    expect(map.days).toHaveLength(365);
    expect(map.days[0]?.day).toBe("2023-10-29");
    expect(map.days.at(-1)).toEqual({ day: TODAY, count: 2, level: 4, weekday: 7 });
    expect(map).toMatchObject({ max: 2, total: 10, activeDays: 7 });
    expect(map.days.filter((d) => d.day >= "2024-10-20").map((d) => d.level)).toEqual([4, 2, 2, 0, 4, 2, 2, 4]);
  });

  test.each([
    [0, 10, 0],
    [1, 10, 1],
    [2, 10, 1],
    [3, 10, 2],
    [5, 10, 2],
    [6, 10, 3],
    [7, 10, 3],
    [8, 10, 4],
    [10, 10, 4],
    [0, 0, 0],
  ])("heatLevel(%i, max %i) = %i", (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });
});

describe("recall rates", () => {
  test("per checkpoint, ladder order, first studies left out", () => {
    expect(recallByCheckpoint(HISTORY)).toEqual([
      { key: 1, reviews: 4, remembered: 3, forgot: 1, rate: 0.75 },
      { key: 4, reviews: 2, remembered: 1, forgot: 1, rate: 0.5 },
      { key: 7, reviews: 0, remembered: 0, forgot: 0, rate: null },
      { key: 14, reviews: 0, remembered: 0, forgot: 0, rate: null },
      { key: "long-term", reviews: 1, remembered: 1, forgot: 0, rate: 1 },
    ]);
  });

  test("per subject, weakest first", () => {
    expect(recallBySubject(HISTORY)).toEqual([
      { key: "Network", reviews: 2, remembered: 1, forgot: 1, rate: 0.5 },
      { key: "AWS", reviews: 4, remembered: 3, forgot: 1, rate: 0.75 },
      { key: null, reviews: 1, remembered: 1, forgot: 0, rate: 1 },
    ]);
    expect(recallBySubject(HISTORY, 3).map((r) => r.key)).toEqual(["AWS"]);
  });

  test("grouped SQL rows give the same figures as raw rows", () => {
    const grouped = [
      { grade: "remembered" as const, checkpoint: 1 as const, subject: "AWS", count: 2 },
      { grade: "forgot" as const, checkpoint: 1 as const, subject: "AWS", count: 1 },
      { grade: "remembered" as const, checkpoint: 4 as const, subject: "AWS", count: 1 },
      { grade: "remembered" as const, checkpoint: 1 as const, subject: "Network", count: 1 },
      { grade: "forgot" as const, checkpoint: 4 as const, subject: "Network", count: 1 },
      { grade: "remembered" as const, checkpoint: "long-term" as const, subject: null, count: 1 },
      { grade: null, checkpoint: null, subject: "AWS", count: 3 },
    ];
    expect(recallByCheckpoint(grouped)).toEqual(recallByCheckpoint(HISTORY));
    expect(recallBySubject(grouped)).toEqual(recallBySubject(HISTORY));
    expect(overallRecall(grouped)).toEqual({ key: "all", reviews: 7, remembered: 5, forgot: 2, rate: 5 / 7 });
  });

  test("no answers: null rates", () => {
    expect(overallRecall([]).rate).toBeNull();
    expect(recallBySubject([])).toEqual([]);
  });
});
