import { describe, expect, test } from "vitest";
import { DEFAULT_SCHEDULE_SETTINGS, assertValidSettings, settingsProblem, withDefaults } from "@/lib/schedule";

describe("settings", () => {
  test("defaults: 04:00 day start, 0.9 target retention", () => {
    expect(withDefaults()).toEqual({
      timeZone: "UTC",
      dayStartHour: 4,
      dailyReviewCap: 200,
      dailyNewLimit: 20,
      targetRetention: 0.9,
    });
    expect(withDefaults({ timeZone: "Asia/Seoul", dayStartHour: undefined })).toEqual({
      ...DEFAULT_SCHEDULE_SETTINGS,
      timeZone: "Asia/Seoul",
    });
  });

  test.each([
    [{ timeZone: "Mars/Base" }, /time zone/],
    [{ dayStartHour: 24 }, /day-start/],
    [{ dayStartHour: 3.5 }, /day-start/],
    [{ dailyReviewCap: -1 }, /review cap/],
    [{ dailyNewLimit: 1.5 }, /new-card/],
    [{ targetRetention: 0.5 }, /retention/],
    [{ targetRetention: 1 }, /retention/],
    [{ targetRetention: Number.NaN }, /retention/],
  ])("%j is rejected", (partial, message) => {
    expect(settingsProblem(withDefaults(partial))).toMatch(message);
    expect(() => assertValidSettings(withDefaults(partial))).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });

  test.each([
    { dayStartHour: 0 },
    { dayStartHour: 23 },
    { targetRetention: 0.7 },
    { targetRetention: 0.99 },
    { timeZone: "Pacific/Auckland" },
  ])("%j is accepted", (partial) => {
    expect(settingsProblem(withDefaults(partial))).toBeNull();
  });
});
