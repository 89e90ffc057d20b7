import { isValidTimeZone, type LocalDay, localDayOf, parseLocalDay } from "./local-day";
import { shouldSendNow } from "./send-time";

/** Where a delivery row stands: `pending` while claimed or waiting for a retry. */
export type DeliveryStatus = "pending" | "sent" | "failed" | "skipped";
export type DeliveryChannel = "email" | "push";

/** How many times a digest is attempted (first try + retries) before it is recorded as failed. */
export const MAX_DELIVERY_ATTEMPTS = 4;

/**
 * What happens after attempt number `attempts` (1-based) failed: try again later, or give up and record
 * the delivery as failed (shown in settings). The retry delay and its backoff belong to the job queue.
 *
 * @example afterFailedAttempt(1) // "retry"; afterFailedAttempt(4) // "failed"
 */
export function afterFailedAttempt(attempts: number, maxAttempts = MAX_DELIVERY_ATTEMPTS): "retry" | "failed" {
  return attempts >= maxAttempts ? "failed" : "retry";
}

/** A settled row (sent, failed or skipped on purpose) is never attempted again. */
export function isSettled(status: string): boolean {
  return status === "sent" || status === "failed" || status === "skipped";
}

/**
 * Whether the vacation pause covers `today`: `pausedUntil` is the last paused day, inclusive
 * (reminders resume the day after).
 */
export function isPausedOn(pausedUntil: LocalDay | null, today: LocalDay): boolean {
  if (pausedUntil === null) return false;
  parseLocalDay(pausedUntil);
  return today <= pausedUntil;
}

/** The channels a digest goes out on: email unless unsubscribed, push when there is a subscription. */
export function digestChannels(input: {
  emailEnabled: boolean;
  unsubscribed: boolean;
  pushEnabled: boolean;
  pushSubscriptions: number;
}): DeliveryChannel[] {
  const channels: DeliveryChannel[] = [];
  if (input.emailEnabled && !input.unsubscribed) channels.push("email");
  if (input.pushEnabled && input.pushSubscriptions > 0) channels.push("push");
  return channels;
}

/** The schedule fields the per-minute scan reads for each user. */
export interface DigestCandidate {
  timeZone: string;
  reminderTime: string;
  pausedUntil: LocalDay | null;
  /** Latest local day with any delivery row; a day with a row is handled by its own job (and retries). */
  lastDay: LocalDay | null;
}

/**
 * The local day whose digest job should be queued at `now`, or null. A cheap pre-check for the scan:
 * the job itself decides again with the due count (skip empty days) under the delivery row lock.
 * Unknown time zones yield null rather than stopping the scan for everyone else.
 */
export function digestDayDueAt(candidate: DigestCandidate, now: Date): LocalDay | null {
  if (!isValidTimeZone(candidate.timeZone)) return null;
  const today = localDayOf(now, candidate.timeZone);
  const decision = shouldSendNow({
    timeZone: candidate.timeZone,
    reminderTime: candidate.reminderTime,
    lastSentLocalDay: candidate.lastDay,
    paused: isPausedOn(candidate.pausedUntil, today),
    now,
    dueCount: 1,
    skipWhenNothingDue: false,
  });
  return decision.action === "send" ? decision.localDay : null;
}
