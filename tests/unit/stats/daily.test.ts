import { describe, expect, test } from "vitest";
import { type DailyTotal, dailySeries, dailyTotals, totalOn } from "@/lib/stats";
import { HISTORY, TODAY } from "./history";

/** [day, reviews, first studies, remembered, forgot, duration ms] */
type Row = [string, number, number, number, number, number];
const totals = (rows: Row[]): DailyTotal[] =>
  rows.map(([day, reviews, firstStudies, remembered, forgot, durationMs]) => ({
    day,
    reviews,
    firstStudies,
    remembered,
    forgot,
    durationMs,
  }));

describe("dailyTotals: the same answers fall on different days in different zones and day starts", () => {
  test.each<[string, number, Row[]]>([
    [
      "Asia/Seoul",
      4,
      [
        ["2024-10-20", 2, 2, 0, 0, 50_000],
        ["2024-10-21", 1, 0, 1, 0, 10_000],
        ["2024-10-22", 1, 0, 0, 1, 15_000],
        ["2024-10-24", 2, 1, 1, 0, 48_000],
        ["2024-10-25", 1, 0, 1, 0, 5_000],
        ["2024-10-26", 1, 0, 1, 0, 7_000],
        ["2024-10-27", 2, 0, 1, 1, 18_000],
      ],
    ],
    [
      "Asia/Seoul",
      0,
      [
        ["2024-10-20", 2, 2, 0, 0, 50_000],
        ["2024-10-22", 2, 0, 1, 1, 25_000],
        ["2024-10-24", 1, 0, 1, 0, 8_000],
        ["2024-10-25", 2, 1, 1, 0, 45_000],
        ["2024-10-26", 1, 0, 1, 0, 7_000],
        ["2024-10-27", 2, 0, 1, 1, 18_000],
      ],
    ],
    [
      "UTC",
      0,
      [
        ["2024-10-20", 2, 2, 0, 0, 50_000],
        ["2024-10-21", 1, 0, 1, 0, 10_000],
        ["2024-10-22", 1, 0, 0, 1, 15_000],
        ["2024-10-24", 2, 1, 1, 0, 48_000],
        ["2024-10-25", 1, 0, 1, 0, 5_000],
        ["2024-10-26", 2, 0, 1, 1, 19_000],
        ["2024-10-27", 1, 0, 1, 0, 6_000],
      ],
    ],
    [
      "America/New_York",
      4,
      [
        ["2024-10-20", 2, 2, 0, 0, 50_000],
        ["2024-10-21", 2, 0, 1, 1, 25_000],
        ["2024-10-24", 3, 1, 2, 0, 53_000],
        ["2024-10-25", 1, 0, 1, 0, 7_000],
        ["2024-10-26", 1, 0, 0, 1, 12_000],
        ["2024-10-27", 1, 0, 1, 0, 6_000],
      ],
    ],
  ])("%s, day starts at %i", (timeZone, dayStartHour, expected) => {
    expect(dailyTotals(HISTORY, { timeZone, dayStartHour })).toEqual(totals(expected));
  });
});

describe("today and per-day series", () => {
  const seoul = dailyTotals(HISTORY, { timeZone: "Asia/Seoul", dayStartHour: 4 });

  test("reviews today so far", () => {
    expect(totalOn(seoul, TODAY)).toEqual({
      day: TODAY,
      reviews: 2,
      firstStudies: 0,
      remembered: 1,
      forgot: 1,
      durationMs: 18_000,
    });
    expect(totalOn(seoul, "2024-10-23").reviews).toBe(0);
  });

  test("reviews and time spent per day, zeros filled in", () => {
    const series = dailySeries(seoul, "2024-10-19", TODAY);
    expect(series.map((d) => d.reviews)).toEqual([0, 2, 1, 1, 0, 2, 1, 1, 2]);
    expect(series.map((d) => d.durationMs / 1000)).toEqual([0, 50, 10, 15, 0, 48, 5, 7, 18]);
    expect(series[0]?.day).toBe("2024-10-19");
    expect(dailySeries(seoul, TODAY, "2024-10-26")).toEqual([]);
  });
});
