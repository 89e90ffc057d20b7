import { randomUUID } from "node:crypto";
import { findDigestRecipient } from "@/lib/db/users/find-digest-recipient";
import { AppError } from "@/lib/errors";
import { localDayOf } from "@/lib/reminders";
import { reminderConfig } from "./config";
import { digestEmail, loadDigestSummary } from "./digest-message";
import { createMailer } from "./mailer";

/**
 * Sends today's digest to the user right away, as a preview: same content and headers as the daily
 * one, but outside the daily bookkeeping, so it never uses up or duplicates the day's real digest.
 * Returns where it went ("smtp" or the in-app "outbox"); a refused send is AppError `mail-failed`.
 */
export async function sendTestDigest(options: { userId: string; now: Date }): Promise<"smtp" | "outbox"> {
  const user = await findDigestRecipient(options.userId);
  const recipient = { userId: options.userId, ...user };
  const config = reminderConfig();
  const summary = await loadDigestSummary(recipient, options.now);
  const message = digestEmail(recipient, summary, localDayOf(options.now, user.timeZone), config, options.now);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  try {
    // A preview must not share the daily digest's Message-ID, or mail systems would drop one of them.
    await mailer.send(options.userId, {
      ...message,
      messageId: `<test.${randomUUID()}@${new URL(config.appUrl).hostname || "recall.local"}>`,
    });
  } catch (error) {
    // The mail server's answer is what the user needs to fix their setup, so it is the message.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    throw new AppError("UNAVAILABLE", detail, { reason: "mail-failed", cause: error });
  } finally {
    mailer.close();
  }
  return mailer.kind;
}
