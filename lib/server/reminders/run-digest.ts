import { type DeliveryOutcome, deliverOnce, type SendFn } from "@/lib/db/reminders/deliver-once";
import { findDigestContext } from "@/lib/db/reminders/find-digest-context";
import { failUnsentDay, recordSkippedDay } from "@/lib/db/reminders/settle-day";
import {
  type DeliveryChannel,
  digestChannels,
  isPausedOn,
  isSettled,
  type LocalDay,
  localDayOf,
  shouldSendNow,
} from "@/lib/reminders";
import type { ReminderConfig } from "./config";
import { type DigestRecipient, digestEmail, digestPush, loadDigestSummary } from "./digest-message";
import type { Mailer } from "./mailer";
import type { PushSender } from "./push-sender";

export interface DigestDeps {
  now: () => Date;
  config: ReminderConfig;
  mailer: Mailer;
  push: PushSender;
  maxAttempts?: number;
}

export type DigestRunResult =
  | { action: "none"; reason: string }
  | { action: "skipped"; reason: string }
  | { action: "delivered"; outcomes: Partial<Record<DeliveryChannel, DeliveryOutcome>> };

/** Thrown when a channel should be tried again: the job queue retries the job with backoff. */
export class RetryLaterError extends Error {
  override name = "RetryLaterError";
}

/**
 * The digest job for one user and local day. Decides with `shouldSendNow` on a first run; on a retry
 * (rows for the day exist) it finishes only the channels not yet settled. Every channel goes through
 * `deliverOnce`, the exactly-once guard. Throws RetryLaterError when a channel failed but has attempts left.
 */
export async function runDigest(
  job: { userId: string; localDay: LocalDay },
  deps: DigestDeps,
): Promise<DigestRunResult> {
  const context = await findDigestContext({ userId: job.userId, day: job.localDay });
  if (!context?.enabled) return { action: "none", reason: "reminders off" };
  const now = deps.now();
  const today = localDayOf(now, context.user.timeZone);
  if (today > job.localDay) {
    await failUnsentDay({
      userId: job.userId,
      localDay: job.localDay,
      reason: "The day ended before it could be sent.",
    });
    return { action: "none", reason: "day over" };
  }
  if (today < job.localDay) return { action: "none", reason: "not that day yet" };

  const recipient: DigestRecipient = { userId: job.userId, ...context.user };
  const summary = await loadDigestSummary(recipient, now);
  let channels: DeliveryChannel[];
  if (context.dayRows.length > 0) {
    // A retry or a second worker: the day was decided already; finish what is still open.
    channels = context.dayRows
      .filter((row) => !isSettled(row.status) && (row.channel === "email" || row.channel === "push"))
      .map((row) => row.channel as DeliveryChannel);
  } else {
    channels = digestChannels(context);
    const decision = shouldSendNow({
      timeZone: context.user.timeZone,
      reminderTime: context.reminderTime,
      lastSentLocalDay: context.lastSentLocalDay,
      paused: isPausedOn(context.pausedUntil, today),
      now,
      dueCount: summary.total,
      skipWhenNothingDue: context.skipWhenNothingDue,
    });
    if (decision.action === "skip") {
      if (decision.reason === "nothing-due" && channels.length > 0) {
        await recordSkippedDay({ userId: job.userId, localDay: today, channels, reason: "nothing due" });
        return { action: "skipped", reason: decision.reason };
      }
      return { action: "none", reason: decision.reason };
    }
  }
  if (channels.length === 0) return { action: "none", reason: "no open channel" };

  const email = digestEmail(recipient, summary, today, deps.config, now);
  const payload = digestPush(recipient, summary.total, today, deps.config);
  const senders: Record<DeliveryChannel, SendFn> = {
    email: (tx) => deps.mailer.send(job.userId, email, tx),
    push: () => deps.push.send(job.userId, payload),
  };
  const outcomes: Partial<Record<DeliveryChannel, DeliveryOutcome>> = {};
  for (const channel of channels) {
    outcomes[channel] = await deliverOnce({
      userId: job.userId,
      localDay: today,
      channel,
      send: senders[channel],
      now: deps.now,
      maxAttempts: deps.maxAttempts,
    });
  }
  const retry = Object.entries(outcomes).filter(([, o]) => o?.status === "retry");
  if (retry.length > 0) {
    throw new RetryLaterError(retry.map(([c, o]) => `${c}: ${o && "error" in o ? o.error : ""}`).join("; "));
  }
  return { action: "delivered", outcomes };
}
