import { IANAZone } from "luxon";
import { AppError } from "@/lib/errors";
import type { UserScheduleSettings } from "./types";

/** Settings a new account starts with (the zone is normally replaced by the browser's). */
export const DEFAULT_SCHEDULE_SETTINGS: Readonly<UserScheduleSettings> = Object.freeze({
  timeZone: "UTC",
  dayStartHour: 4,
  dailyReviewCap: 200,
  dailyNewLimit: 20,
  targetRetention: 0.9,
});

/** Bounds of the user-settable target retention. */
export const TARGET_RETENTION_RANGE = Object.freeze({ min: 0.7, max: 0.99 });

/** Defaults overlaid with whatever the user has set. */
export function withDefaults(partial: Partial<UserScheduleSettings> = {}): UserScheduleSettings {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_SCHEDULE_SETTINGS, ...defined };
}

/**
 * Throws `AppError("INVALID_INPUT")` naming the first invalid field: an unknown IANA zone, a day-start hour
 * outside 0–23, negative or fractional caps, a target retention outside 0.7–0.99.
 */
export function assertValidSettings(settings: UserScheduleSettings): void {
  const problem = settingsProblem(settings);
  if (problem) throw new AppError("INVALID_INPUT", problem, { reason: "invalid-setting" });
}

/** The first problem with `settings` as a sentence, or null when they are valid. */
export function settingsProblem(settings: UserScheduleSettings): string | null {
  if (!IANAZone.isValidZone(settings.timeZone)) return `unknown time zone "${settings.timeZone}"`;
  if (!Number.isInteger(settings.dayStartHour) || settings.dayStartHour < 0 || settings.dayStartHour > 23) {
    return "day-start hour must be a whole hour from 0 to 23";
  }
  if (!Number.isInteger(settings.dailyReviewCap) || settings.dailyReviewCap < 0) {
    return "daily review cap must be a whole number ≥ 0";
  }
  if (!Number.isInteger(settings.dailyNewLimit) || settings.dailyNewLimit < 0) {
    return "daily new-card limit must be a whole number ≥ 0";
  }
  const { min, max } = TARGET_RETENTION_RANGE;
  if (!(settings.targetRetention >= min && settings.targetRetention <= max)) {
    return `target retention must be between ${min} and ${max}`;
  }
  return null;
}
