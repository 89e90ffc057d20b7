import { describe, expect, test } from "vitest";
import {
  afterFailedAttempt,
  type DigestCandidate,
  digestChannels,
  digestDayDueAt,
  isPausedOn,
  isSettled,
  MAX_DELIVERY_ATTEMPTS,
} from "@/lib/reminders";
import { reminderSettingsSchema } from "@/lib/validations/reminders";

const at = (iso: string) => new Date(iso);
const seoul: DigestCandidate = { timeZone: "Asia/Seoul", reminderTime: "08:00", pausedUntil: null, lastDay: null };
const newYork: DigestCandidate = {
  timeZone: "America/New_York",
  reminderTime: "02:30",
  pausedUntil: null,
  lastDay: null,
};

describe("digestDayDueAt (the per-minute scan, injected clock)", () => {
  test.each<[string, DigestCandidate, string, string | null]>([
    ["before the time in Seoul", seoul, "2026-03-09T22:59:00Z", null],
    ["at the time in Seoul (08:00 KST)", seoul, "2026-03-09T23:00:00Z", "2026-03-10"],
    ["already has a row for today", { ...seoul, lastDay: "2026-03-10" }, "2026-03-10T05:00:00Z", null],
    ["missed window, same day: sends once", { ...seoul, lastDay: "2026-03-05" }, "2026-03-10T14:00:00Z", "2026-03-10"],
    ["clock moved back to a day already sent", { ...seoul, lastDay: "2026-03-10" }, "2026-03-09T23:30:00Z", null],
    ["paused through today", { ...seoul, pausedUntil: "2026-03-10" }, "2026-03-10T05:00:00Z", null],
    ["pause ended yesterday", { ...seoul, pausedUntil: "2026-03-09" }, "2026-03-10T05:00:00Z", "2026-03-10"],
    // New York springs forward on 2026-03-08: 02:30 does not exist, the reminder moves to 03:00 EDT (07:00Z).
    ["DST gap: 02:59 EDT does not exist yet", newYork, "2026-03-08T06:59:00Z", null],
    ["DST gap: 03:00 EDT", newYork, "2026-03-08T07:00:00Z", "2026-03-08"],
    // Falls back on 2026-11-01: 01:30 happens twice, the first (EDT, 05:30Z) counts; the second is the same day.
    ["fall back: first 01:30", { ...newYork, reminderTime: "01:30" }, "2026-11-01T05:30:00Z", "2026-11-01"],
    [
      "fall back: second 01:30 after a send",
      { ...newYork, reminderTime: "01:30", lastDay: "2026-11-01" },
      "2026-11-01T06:30:00Z",
      null,
    ],
    ["unknown zone never throws", { ...seoul, timeZone: "Mars/Olympus" }, "2026-03-10T05:00:00Z", null],
  ])("%s", (_name, candidate, now, expected) => {
    expect(digestDayDueAt(candidate, at(now))).toBe(expected);
  });

  test("restarting every minute through a day queues that day and nothing else", () => {
    let lastDay: string | null = null;
    const queued: string[] = [];
    for (let t = at("2026-03-09T12:00:00Z").getTime(); t < at("2026-03-11T12:00:00Z").getTime(); t += 60_000) {
      const day = digestDayDueAt({ ...seoul, lastDay }, new Date(t));
      if (day) {
        queued.push(day);
        lastDay = day; // the job records a row for the day
      }
    }
    expect(queued).toEqual(["2026-03-09", "2026-03-10", "2026-03-11"]);
  });
});

describe("delivery rules", () => {
  test.each([
    [1, "retry"],
    [MAX_DELIVERY_ATTEMPTS - 1, "retry"],
    [MAX_DELIVERY_ATTEMPTS, "failed"],
    [MAX_DELIVERY_ATTEMPTS + 1, "failed"],
  ] as const)("after failed attempt %i: %s", (attempts, expected) => {
    expect(afterFailedAttempt(attempts)).toBe(expected);
  });

  test.each([
    ["sent", true],
    ["failed", true],
    ["skipped", true],
    ["pending", false],
  ])("%s is settled: %s", (status, expected) => {
    expect(isSettled(status)).toBe(expected);
  });

  test.each<[string | null, string, boolean]>([
    [null, "2026-03-10", false],
    ["2026-03-10", "2026-03-10", true],
    ["2026-03-10", "2026-03-11", false],
    ["2026-03-12", "2026-03-10", true],
  ])("paused until %s on %s: %s", (until, today, expected) => {
    expect(isPausedOn(until, today)).toBe(expected);
  });

  test.each([
    [{ emailEnabled: true, unsubscribed: false, pushEnabled: true, pushSubscriptions: 2 }, ["email", "push"]],
    [{ emailEnabled: true, unsubscribed: true, pushEnabled: true, pushSubscriptions: 1 }, ["push"]],
    [{ emailEnabled: true, unsubscribed: false, pushEnabled: true, pushSubscriptions: 0 }, ["email"]],
    [{ emailEnabled: false, unsubscribed: false, pushEnabled: false, pushSubscriptions: 3 }, []],
  ])("channels for %o", (input, expected) => {
    expect(digestChannels(input)).toEqual(expected);
  });
});

describe("reminder settings form", () => {
  test("checkboxes are on only when sent, an empty date means no pause", () => {
    const parsed = reminderSettingsSchema.parse({
      enabled: "on",
      reminderTime: "07:30",
      pausedUntil: "",
    });
    expect(parsed).toEqual({
      enabled: true,
      emailEnabled: false,
      pushEnabled: false,
      skipWhenNothingDue: false,
      reminderTime: "07:30",
      pausedUntil: null,
    });
  });

  test.each([
    { reminderTime: "7:30" },
    { reminderTime: "24:00" },
    { reminderTime: "08:00", pausedUntil: "2026-02-30" },
  ])("rejects %o", (input) => {
    expect(reminderSettingsSchema.safeParse(input).success).toBe(false);
  });
});
