import { describe, expect, test } from "vitest";
import {
  digestKey,
  localDayOf,
  nextSendTime,
  type ReminderSchedule,
  type SendDecision,
  sendTimeOn,
  shouldSendNow,
} from "@/lib/reminders";

const at = (iso: string) => new Date(iso);

describe("localDayOf", () => {
  test.each([
    ["2026-03-09T15:00:00Z", "Asia/Seoul", "2026-03-10"], // 00:00 KST
    ["2026-03-09T14:59:59Z", "Asia/Seoul", "2026-03-09"],
    ["2026-03-09T03:00:00Z", "America/New_York", "2026-03-08"], // 23:00 EDT
    ["2026-11-01T04:30:00Z", "America/New_York", "2026-11-01"], // 00:30 EDT on fall-back day
    ["2026-03-29T23:30:00Z", "Europe/London", "2026-03-30"], // 00:30 BST
    ["2026-12-31T23:59:59Z", "UTC", "2026-12-31"],
  ])("%s in %s is %s", (iso, zone, day) => {
    expect(localDayOf(at(iso), zone)).toBe(day);
  });

  test("refuses unknown zones", () => {
    expect(() => localDayOf(at("2026-01-01T00:00:00Z"), "Mars/Olympus")).toThrow(/Unknown time zone/);
  });
});

test("digestKey is one key per user and local day", () => {
  expect(digestKey("u1", "2026-03-10")).toBe("digest:u1:2026-03-10");
  expect(digestKey("u1", "2026-03-10")).not.toBe(digestKey("u1", "2026-03-11"));
  expect(() => digestKey("u1", "2026-3-10")).toThrow();
  expect(() => digestKey("", "2026-03-10")).toThrow();
});

describe("sendTimeOn", () => {
  test.each([
    // day, zone, reminder time, instant
    ["2026-03-10", "Asia/Seoul", "08:00", "2026-03-09T23:00:00.000Z"],
    ["2026-03-10", "Asia/Seoul", "00:00", "2026-03-09T15:00:00.000Z"],
    ["2026-03-07", "America/New_York", "02:30", "2026-03-07T07:30:00.000Z"], // EST
    ["2026-03-08", "America/New_York", "01:59", "2026-03-08T06:59:00.000Z"], // before the jump
    ["2026-03-08", "America/New_York", "02:00", "2026-03-08T07:00:00.000Z"], // skipped → 03:00 EDT
    ["2026-03-08", "America/New_York", "02:30", "2026-03-08T07:00:00.000Z"], // skipped → 03:00 EDT
    ["2026-03-08", "America/New_York", "03:00", "2026-03-08T07:00:00.000Z"],
    ["2026-03-08", "America/New_York", "08:00", "2026-03-08T12:00:00.000Z"], // EDT
    ["2026-11-01", "America/New_York", "01:30", "2026-11-01T05:30:00.000Z"], // twice: the first (EDT)
    ["2026-11-01", "America/New_York", "08:00", "2026-11-01T13:00:00.000Z"], // EST
    ["2026-03-29", "Europe/London", "01:30", "2026-03-29T01:00:00.000Z"], // skipped → 02:00 BST
    ["2026-10-25", "Europe/London", "01:30", "2026-10-25T00:30:00.000Z"], // twice: the first (BST)
    ["2026-07-01", "Europe/London", "08:00", "2026-07-01T07:00:00.000Z"],
    ["2026-01-01", "Europe/London", "08:00", "2026-01-01T08:00:00.000Z"],
  ])("%s %s %s → %s", (day, zone, time, iso) => {
    expect(sendTimeOn(day, zone, time).toISOString()).toBe(iso);
  });

  test.each(["7:30", "24:00", "08:60", "0800", ""])("refuses reminder time %j", (time) => {
    expect(() => sendTimeOn("2026-03-10", "UTC", time)).toThrow(/HH:MM/);
  });
});

const seoul: ReminderSchedule = {
  timeZone: "Asia/Seoul",
  reminderTime: "08:00",
  lastSentLocalDay: null,
  paused: false,
};

describe("nextSendTime", () => {
  test.each([
    // now, last sent, expected
    ["2026-03-09T22:00:00Z", null, "2026-03-09T23:00:00.000Z"], // 07:00 KST → today 08:00
    ["2026-03-09T22:00:00Z", "2026-03-09", "2026-03-09T23:00:00.000Z"], // yesterday sent → today
    ["2026-03-10T03:00:00Z", "2026-03-10", "2026-03-10T23:00:00.000Z"], // today sent → tomorrow
    ["2026-03-10T03:00:00Z", null, "2026-03-09T23:00:00.000Z"], // missed today → in the past: send now
    ["2026-03-10T03:00:00Z", "2026-03-05", "2026-03-09T23:00:00.000Z"], // days missed: only today, once
    ["2026-03-10T03:00:00Z", "2026-03-11", "2026-03-11T23:00:00.000Z"], // ahead (zone change): after it
  ])("now %s, last sent %s → %s", (now, last, expected) => {
    expect(nextSendTime({ ...seoul, lastSentLocalDay: last, now: at(now) })?.toISOString()).toBe(expected);
  });

  test("paused → null", () => {
    expect(nextSendTime({ ...seoul, paused: true, now: at("2026-03-10T03:00:00Z") })).toBeNull();
  });

  test("spring forward in New York: 02:30 moves to 03:00 EDT", () => {
    const ny = { timeZone: "America/New_York", reminderTime: "02:30", lastSentLocalDay: "2026-03-07", paused: false };
    expect(nextSendTime({ ...ny, now: at("2026-03-08T05:00:00Z") })?.toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });
});

describe("shouldSendNow", () => {
  const check = (now: string, extra: Partial<ReminderSchedule> & { dueCount?: number; skip?: boolean } = {}) =>
    shouldSendNow({
      ...seoul,
      ...extra,
      now: at(now),
      dueCount: extra.dueCount ?? 5,
      skipWhenNothingDue: extra.skip ?? true,
    });

  test("sends after the reminder time on a day without a digest", () => {
    expect(check("2026-03-09T23:00:00Z")).toEqual({
      action: "send",
      localDay: "2026-03-10",
      scheduledFor: at("2026-03-09T23:00:00Z"),
      missedWindow: false,
      nextCheckAt: at("2026-03-10T23:00:00Z"),
    });
  });

  test.each([
    ["2026-03-09T22:59:00Z", {}, "not-yet"],
    ["2026-03-10T01:00:00Z", { lastSentLocalDay: "2026-03-10" }, "already-sent"],
    ["2026-03-10T01:00:00Z", { paused: true }, "paused"],
    ["2026-03-10T01:00:00Z", { dueCount: 0 }, "nothing-due"],
  ] as const)("%s %o → skip %s", (now, extra, reason) => {
    const decision = check(now, extra);
    expect(decision).toMatchObject({ action: "skip", reason });
  });

  test("nothing due is sent when the user does not skip such days", () => {
    expect(check("2026-03-10T01:00:00Z", { dueCount: 0, skip: false }).action).toBe("send");
  });

  test("not-yet says when to check again; paused never", () => {
    expect(check("2026-03-09T20:00:00Z").action === "skip" && check("2026-03-09T20:00:00Z").nextCheckAt).toEqual(
      at("2026-03-09T23:00:00Z"),
    );
    const paused = check("2026-03-10T01:00:00Z", { paused: true });
    expect(paused.action === "skip" && paused.nextCheckAt).toBeNull();
  });

  test("a missed window is sent once when back on the same local day, flagged as missed", () => {
    const decision = check("2026-03-10T06:00:00Z"); // 15:00 KST, app was down at 08:00
    expect(decision).toMatchObject({ action: "send", localDay: "2026-03-10", missedWindow: true });
    expect(check("2026-03-10T06:05:00Z", { lastSentLocalDay: "2026-03-10" }).action).toBe("skip");
  });

  test("back on a later day before its reminder time: nothing for the missed days", () => {
    expect(check("2026-03-12T22:00:00Z", { lastSentLocalDay: "2026-03-09" })).toMatchObject({
      action: "skip",
      reason: "not-yet",
      localDay: "2026-03-13",
    });
  });

  test("the clock going back after a send does not send again", () => {
    expect(check("2026-03-09T22:30:00Z", { lastSentLocalDay: "2026-03-10" }).action).toBe("skip");
  });

  test("moving from Seoul to New York after today's digest does not send a second one", () => {
    // Seoul's 2026-03-10 digest went out; in New York it is still 2026-03-09 at 09:00.
    const decision = check("2026-03-09T13:00:00Z", { timeZone: "America/New_York", lastSentLocalDay: "2026-03-10" });
    expect(decision).toMatchObject({ action: "skip", reason: "already-sent" });
  });
});

/**
 * Runs a worker that checks every `stepMinutes` between `from` and `to` (skipping `down` intervals) and
 * records each send, as the job queue would.
 */
function simulate(
  schedule: ReminderSchedule,
  from: string,
  to: string,
  stepMinutes: number,
  down: readonly [string, string][] = [],
): { day: string; at: string; decision: SendDecision }[] {
  const sends: { day: string; at: string; decision: SendDecision }[] = [];
  let last = schedule.lastSentLocalDay;
  for (let t = at(from).getTime(); t <= at(to).getTime(); t += stepMinutes * 60_000) {
    if (down.some(([a, b]) => t >= at(a).getTime() && t < at(b).getTime())) continue;
    const decision = shouldSendNow({
      ...schedule,
      lastSentLocalDay: last,
      now: new Date(t),
      dueCount: 3,
      skipWhenNothingDue: true,
    });
    if (decision.action === "send") {
      sends.push({ day: decision.localDay, at: new Date(t).toISOString(), decision });
      last = decision.localDay;
    }
  }
  return sends;
}

describe("a worker ticking through DST transitions sends exactly once per local day", () => {
  test("New York, 02:30, across spring forward", () => {
    const sends = simulate(
      { timeZone: "America/New_York", reminderTime: "02:30", lastSentLocalDay: null, paused: false },
      "2026-03-07T05:00:00Z",
      "2026-03-10T05:00:00Z",
      5,
    );
    expect(sends.map((s) => [s.day, s.at])).toEqual([
      ["2026-03-07", "2026-03-07T07:30:00.000Z"], // 02:30 EST
      ["2026-03-08", "2026-03-08T07:00:00.000Z"], // 02:30 does not exist → 03:00 EDT
      ["2026-03-09", "2026-03-09T06:30:00.000Z"], // 02:30 EDT
    ]);
  });

  test("New York, 01:30, across fall back: never twice", () => {
    const sends = simulate(
      { timeZone: "America/New_York", reminderTime: "01:30", lastSentLocalDay: null, paused: false },
      "2026-10-31T04:00:00Z",
      "2026-11-03T04:00:00Z",
      5,
    );
    expect(sends.map((s) => [s.day, s.at])).toEqual([
      ["2026-10-31", "2026-10-31T05:30:00.000Z"], // 01:30 EDT
      ["2026-11-01", "2026-11-01T05:30:00.000Z"], // the first 01:30 (EDT); 06:30Z (EST) sends nothing
      ["2026-11-02", "2026-11-02T06:30:00.000Z"], // 01:30 EST
    ]);
  });

  test("Europe/London, 01:30, across both changes", () => {
    const spring = simulate(
      { timeZone: "Europe/London", reminderTime: "01:30", lastSentLocalDay: null, paused: false },
      "2026-03-28T00:00:00Z",
      "2026-03-30T23:00:00Z",
      10,
    );
    expect(spring.map((s) => s.at)).toEqual([
      "2026-03-28T01:30:00.000Z",
      "2026-03-29T01:00:00.000Z",
      "2026-03-30T00:30:00.000Z",
    ]);
    const autumn = simulate(
      { timeZone: "Europe/London", reminderTime: "01:30", lastSentLocalDay: null, paused: false },
      "2026-10-24T00:00:00Z",
      "2026-10-26T23:00:00Z",
      10,
    );
    expect(autumn.map((s) => s.at)).toEqual([
      "2026-10-24T00:30:00.000Z",
      "2026-10-25T00:30:00.000Z",
      "2026-10-26T01:30:00.000Z",
    ]);
  });

  test("Asia/Seoul for a month: one per day at 08:00 KST", () => {
    const sends = simulate(seoul, "2026-02-28T15:00:00Z", "2026-03-31T14:59:00Z", 15);
    expect(sends).toHaveLength(31);
    expect(new Set(sends.map((s) => s.day)).size).toBe(31);
    expect(sends.every((s) => s.at.endsWith("T23:00:00.000Z"))).toBe(true);
  });

  test("down for a morning, then for two whole days: one late send, then no burst", () => {
    const sends = simulate(seoul, "2026-03-09T15:00:00Z", "2026-03-14T14:59:00Z", 5, [
      ["2026-03-09T20:00:00Z", "2026-03-10T03:12:00Z"], // down 05:00–12:12 KST on the 10th
      ["2026-03-11T00:00:00Z", "2026-03-13T05:00:00Z"], // down 09:00 KST on the 11th → 14:00 on the 13th
    ]);
    expect(sends.map((s) => [s.day, s.at, s.decision.action === "send" && s.decision.missedWindow])).toEqual([
      ["2026-03-10", "2026-03-10T03:15:00.000Z", true],
      ["2026-03-11", "2026-03-10T23:00:00.000Z", false],
      ["2026-03-13", "2026-03-13T05:00:00.000Z", true], // the 12th is never sent
      ["2026-03-14", "2026-03-13T23:00:00.000Z", false],
    ]);
  });

  test("restarting (re-running the same checks) never sends twice on a day", () => {
    const first = simulate(seoul, "2026-03-09T15:00:00Z", "2026-03-10T02:00:00Z", 5);
    const restarted = simulate(
      { ...seoul, lastSentLocalDay: first.at(-1)!.day },
      "2026-03-09T23:30:00Z",
      "2026-03-10T14:59:00Z",
      1,
    );
    expect(first).toHaveLength(1);
    expect(restarted).toEqual([]);
  });
});
