import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, daysBetween, isStudyDay, studyDayBounds, studyDayFn, studyDayOf, weekdayOf } from "@/lib/schedule";

describe("studyDayOf", () => {
  test.each([
    // instant (UTC), zone, day-start hour, expected study day
    ["2024-09-28T01:00:00Z", "Asia/Seoul", 4, "2024-09-28"], // 10:00 KST
    ["2024-09-28T17:30:00Z", "Asia/Seoul", 4, "2024-09-28"], // 02:30 KST on the 29th → still the 28th
    ["2024-09-28T18:59:59Z", "Asia/Seoul", 4, "2024-09-28"], // 03:59:59 KST
    ["2024-09-28T19:00:00Z", "Asia/Seoul", 4, "2024-09-29"], // 04:00 KST
    ["2024-09-28T17:30:00Z", "Asia/Seoul", 0, "2024-09-29"], // midnight start: 02:30 is the new day
    ["2024-09-28T23:30:00Z", "UTC", 4, "2024-09-28"],
    ["2024-09-29T03:59:00Z", "UTC", 4, "2024-09-28"],
    ["2024-09-29T04:00:00Z", "UTC", 4, "2024-09-29"],
    ["2024-09-29T00:00:00Z", "UTC", 0, "2024-09-29"],
    ["2024-09-29T23:00:00Z", "UTC", 23, "2024-09-29"],
    ["2024-09-29T22:59:00Z", "UTC", 23, "2024-09-28"],
    // US spring forward 2024-03-10 02:00 EST → 03:00 EDT
    ["2024-03-10T07:30:00Z", "America/New_York", 4, "2024-03-09"], // 03:30 EDT
    ["2024-03-10T08:00:00Z", "America/New_York", 4, "2024-03-10"], // 04:00 EDT
    ["2024-03-10T06:59:00Z", "America/New_York", 2, "2024-03-09"], // 01:59 EST
    ["2024-03-10T07:00:00Z", "America/New_York", 2, "2024-03-10"], // 03:00 EDT: 02:00 never happened
    // US fall back 2024-11-03 02:00 EDT → 01:00 EST: 01:xx happens twice
    ["2024-11-03T05:30:00Z", "America/New_York", 4, "2024-11-02"], // 01:30 EDT
    ["2024-11-03T06:30:00Z", "America/New_York", 4, "2024-11-02"], // 01:30 EST
    ["2024-11-03T09:00:00Z", "America/New_York", 4, "2024-11-03"], // 04:00 EST
    ["2024-11-03T05:00:00Z", "America/New_York", 1, "2024-11-03"], // first 01:00
    ["2024-11-03T04:59:00Z", "America/New_York", 1, "2024-11-02"], // 00:59 EDT
    // NZ DST ends 2024-04-07 03:00 NZDT → 02:00 NZST; starts 2024-09-29 02:00 NZST → 03:00 NZDT
    ["2024-04-06T14:30:00Z", "Pacific/Auckland", 4, "2024-04-06"], // 02:30 NZST on the 7th (after the fall back)
    ["2024-04-06T16:00:00Z", "Pacific/Auckland", 4, "2024-04-07"], // 04:00 NZST
    ["2024-09-28T14:00:00Z", "Pacific/Auckland", 4, "2024-09-28"], // 03:00 NZDT on the 29th
    ["2024-09-28T15:00:00Z", "Pacific/Auckland", 4, "2024-09-29"], // 04:00 NZDT
    ["2024-09-28T13:59:00Z", "Pacific/Auckland", 2, "2024-09-28"], // 01:59 NZST
    ["2024-09-28T14:00:00Z", "Pacific/Auckland", 2, "2024-09-29"], // 03:00 NZDT
  ])("%s in %s, day starts at %i → %s", (iso, timeZone, dayStartHour, expected) => {
    expect(studyDayOf(new Date(iso), { timeZone, dayStartHour })).toBe(expected);
  });

  test("an unknown zone throws", () => {
    expect(() => studyDayOf(new Date(), { timeZone: "Mars/Base", dayStartHour: 4 })).toThrow(RangeError);
  });
});

describe("studyDayBounds", () => {
  test.each([
    ["2024-09-28", "Asia/Seoul", 4, "2024-09-27T19:00:00.000Z", "2024-09-28T19:00:00.000Z", 24],
    ["2024-03-10", "America/New_York", 4, "2024-03-10T08:00:00.000Z", "2024-03-11T08:00:00.000Z", 24],
    ["2024-03-09", "America/New_York", 4, "2024-03-09T09:00:00.000Z", "2024-03-10T08:00:00.000Z", 23],
    ["2024-03-10", "America/New_York", 2, "2024-03-10T07:00:00.000Z", "2024-03-11T06:00:00.000Z", 23],
    ["2024-11-02", "America/New_York", 4, "2024-11-02T08:00:00.000Z", "2024-11-03T09:00:00.000Z", 25],
    ["2024-11-03", "America/New_York", 1, "2024-11-03T05:00:00.000Z", "2024-11-04T06:00:00.000Z", 25],
    ["2024-04-06", "Pacific/Auckland", 4, "2024-04-05T15:00:00.000Z", "2024-04-06T16:00:00.000Z", 25],
    ["2024-09-28", "Pacific/Auckland", 4, "2024-09-27T16:00:00.000Z", "2024-09-28T15:00:00.000Z", 23],
    ["2024-09-29", "Pacific/Auckland", 2, "2024-09-28T14:00:00.000Z", "2024-09-29T13:00:00.000Z", 23],
    ["2024-09-28", "UTC", 0, "2024-09-28T00:00:00.000Z", "2024-09-29T00:00:00.000Z", 24],
  ])("%s in %s from %i o'clock spans [%s, %s), %i h", (day, timeZone, dayStartHour, start, end, hours) => {
    const settings = { timeZone, dayStartHour };
    const bounds = studyDayBounds(day, settings);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
    expect((bounds.end.getTime() - bounds.start.getTime()) / 3_600_000).toBe(hours);
    expect(studyDayOf(bounds.start, settings)).toBe(day);
    expect(studyDayOf(new Date(bounds.start.getTime() - 1), settings)).toBe(addDays(day, -1));
    expect(studyDayOf(new Date(bounds.end.getTime() - 1), settings)).toBe(day);
  });

  const zones = ["Asia/Seoul", "America/New_York", "Pacific/Auckland", "UTC", "Asia/Kathmandu", "Australia/Lord_Howe"];
  test("every instant lies inside the bounds of its own study day (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (ms, timeZone, dayStartHour) => {
          const settings = { timeZone, dayStartHour };
          const day = studyDayOf(new Date(ms), settings);
          const { start, end } = studyDayBounds(day, settings);
          return start.getTime() <= ms && ms < end.getTime();
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe("studyDayFn (memoised)", () => {
  test("agrees with studyDayOf (property)", () => {
    const zones = ["Asia/Seoul", "America/New_York", "Pacific/Auckland", "UTC", "Asia/Kathmandu"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) }), { minLength: 1, maxLength: 50 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (instants, timeZone, dayStartHour) => {
          const fn = studyDayFn({ timeZone, dayStartHour });
          return instants.every(
            (ms) => fn(new Date(ms).toISOString()) === studyDayOf(new Date(ms), { timeZone, dayStartHour }),
          );
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe("calendar arithmetic", () => {
  test.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-28", 2, "2024-03-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-09", 1, "2024-03-10"],
    ["2024-11-03", 14, "2024-11-17"],
    ["2024-10-12", -14, "2024-09-28"],
  ])("addDays(%s, %i) = %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  test.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["24-01-01", false],
    ["", false],
  ])("isStudyDay(%j) = %s", (value, expected) => {
    expect(isStudyDay(value)).toBe(expected);
  });

  test("weekdays: Monday = 1, Sunday = 7", () => {
    expect(weekdayOf("2024-09-30")).toBe(1);
    expect(weekdayOf("2024-09-29")).toBe(7);
  });

  test("a malformed day throws", () => {
    expect(() => addDays("2024/01/01", 1)).toThrow(RangeError);
  });
});

describe("impossible dates", () => {
  test.each(["2024-02-30", "2023-02-29", "2024-04-31"])("%s is rejected by the arithmetic too", (day) => {
    expect(() => addDays(day, 1)).toThrow(RangeError);
    expect(() => daysBetween(day, "2024-01-01")).toThrow(RangeError);
  });
});
