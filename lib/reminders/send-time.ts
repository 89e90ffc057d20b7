import { addLocalDays, type LocalDay, localDayOf, sendTimeOn } from "./local-day";

/** The reminder settings and send history that decide when the next digest goes out. */
export interface ReminderSchedule {
  /** IANA zone, e.g. "America/New_York". */
  timeZone: string;
  /** Local wall-clock time, `HH:MM` (24-hour). */
  reminderTime: string;
  /** Local day of the last digest sent (or skipped on purpose), `null` if none yet. */
  lastSentLocalDay: LocalDay | null;
  /** The "vacation" pause: nothing is sent while true. */
  paused: boolean;
}

/** A send that started later than this after its time is reported as a missed window. */
export const MISSED_WINDOW_MS = 10 * 60 * 1000;

/** The first local day (today or later) that has not had a digest yet. */
function nextOpenDay(schedule: ReminderSchedule, now: Date): LocalDay {
  const today = localDayOf(now, schedule.timeZone);
  const last = schedule.lastSentLocalDay;
  return last !== null && last >= today ? addLocalDays(last, 1) : today;
}

/**
 * When the next digest is due, or `null` while paused. It is the reminder time on the first local day
 * without a digest (today or later). The result is **in the past** when today's time has passed
 * without a send (the app was down): that means "send now", once, because the send records today as
 * `lastSentLocalDay`. Days missed before today are never sent, so coming back never bursts.
 * Schedule the job with this instant (a past instant runs at once).
 *
 * @example nextSendTime({ timeZone: "Asia/Seoul", reminderTime: "08:00", lastSentLocalDay: "2026-03-10",
 *   paused: false, now: new Date("2026-03-10T03:00:00Z") }) // 2026-03-10T23:00:00Z (08:00 on the 11th)
 */
export function nextSendTime(input: ReminderSchedule & { now: Date }): Date | null {
  if (input.paused) return null;
  return sendTimeOn(nextOpenDay(input, input.now), input.timeZone, input.reminderTime);
}

export type SkipReason =
  | "paused" // vacation pause is on
  | "already-sent" // today's digest went out (or today was skipped) already
  | "not-yet" // today's reminder time has not come
  | "nothing-due"; // nothing due and the user asked to skip such days

export type SendDecision =
  | {
      action: "send";
      /** The local day the digest is for: record it as `lastSentLocalDay` and in `digestKey`. */
      localDay: LocalDay;
      /** Today's reminder instant (DST-resolved). */
      scheduledFor: Date;
      /** True when sending more than `MISSED_WINDOW_MS` after `scheduledFor` (the app was down). */
      missedWindow: boolean;
      /** When to check again after this send: tomorrow's reminder time. */
      nextCheckAt: Date;
    }
  | {
      action: "skip";
      reason: SkipReason;
      localDay: LocalDay;
      /** When to check again (`null` while paused). */
      nextCheckAt: Date | null;
    };

export interface SendCheck extends ReminderSchedule {
  now: Date;
  /** Cards due today for this user. */
  dueCount: number;
  skipWhenNothingDue: boolean;
}

/**
 * Whether to send the digest at `now`. Sends at most once per local day: only when today has no
 * digest yet and today's reminder time has passed, whatever the delay (a missed window is sent once
 * when the app is back, while it is still the same local day). A "nothing-due" skip should be
 * recorded like a send (as `lastSentLocalDay`) so the day is settled.
 *
 * @example shouldSendNow({ ...settings, now, dueCount: 0, skipWhenNothingDue: true })
 *   // { action: "skip", reason: "nothing-due", … }
 */
export function shouldSendNow(input: SendCheck): SendDecision {
  const { timeZone, reminderTime, now } = input;
  const today = localDayOf(now, timeZone);
  const tomorrowAt = () => sendTimeOn(addLocalDays(today, 1), timeZone, reminderTime);
  if (input.paused) return { action: "skip", reason: "paused", localDay: today, nextCheckAt: null };
  if (input.lastSentLocalDay !== null && input.lastSentLocalDay >= today) {
    return { action: "skip", reason: "already-sent", localDay: today, nextCheckAt: nextSendTime(input) };
  }
  const scheduledFor = sendTimeOn(today, timeZone, reminderTime);
  if (now.getTime() < scheduledFor.getTime()) {
    return { action: "skip", reason: "not-yet", localDay: today, nextCheckAt: scheduledFor };
  }
  if (input.skipWhenNothingDue && input.dueCount <= 0) {
    return { action: "skip", reason: "nothing-due", localDay: today, nextCheckAt: tomorrowAt() };
  }
  const missedWindow = now.getTime() - scheduledFor.getTime() > MISSED_WINDOW_MS;
  return { action: "send", localDay: today, scheduledFor, missedWindow, nextCheckAt: tomorrowAt() };
}
