import { DateTime } from "luxon";
import { type UserScheduleSettings, withDefaults } from "@/lib/schedule";

/** The instant of a local wall-clock time `YYYY-MM-DD HH:mm` in `zone` (fails the test on a bad input). */
export function local(dateTime: string, zone: string): Date {
  const parsed = DateTime.fromFormat(dateTime, "yyyy-MM-dd HH:mm", { zone });
  if (!parsed.isValid) throw new Error(`bad local time ${dateTime} in ${zone}`);
  return parsed.toJSDate();
}

/** Settings for a zone and day-start hour, defaults elsewhere. */
export function settingsFor(timeZone: string, dayStartHour = 4, extra: Partial<UserScheduleSettings> = {}) {
  return withDefaults({ timeZone, dayStartHour, ...extra });
}

/** Deep-freezes a value so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
