import { loadDueCards, loadStudyDays } from "@/lib/db/reminders/load-due-cards";
import {
  type DueSummary,
  type LocalDay,
  type ReminderLocale,
  reminderMessages,
  renderDigest,
  studyStreak,
  summarizeDueCards,
} from "@/lib/reminders";
import { listUnsubscribeHeaders } from "@/lib/reminders/tokens";
import { digestMessageId, sealUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";
import { studyDayOf } from "@/lib/schedule";
import type { ReminderConfig } from "./config";
import type { MailMessage } from "./mailer";
import type { PushPayload } from "./push-sender";

export interface DigestRecipient {
  userId: string;
  email: string;
  name: string | null;
  locale: string | null;
  timeZone: string;
  dayStartHour: number;
  unsubscribeVersion: number;
}

export function reminderLocale(locale: string | null): ReminderLocale {
  return locale === "ko" ? "ko" : "en";
}

/**
 * The one-click unsubscribe link: an opaque sealed token (no user id in it), revoked when the student
 * re-subscribes, expiring UNSUBSCRIBE_TOKEN_LIFETIME_DAYS after `now`.
 */
export function unsubscribeUrl(recipient: DigestRecipient, config: ReminderConfig, now: Date): string {
  const token = sealUnsubscribeToken(
    { userId: recipient.userId, version: recipient.unsubscribeVersion },
    config.unsubscribeSecret,
    now,
  );
  return `${config.appUrl}/api/reminders/unsubscribe?token=${token}`;
}

/** Today's due cards (by study day, as the review page counts them) and the streak. */
export async function loadDigestSummary(
  recipient: DigestRecipient,
  now: Date,
): Promise<DueSummary & { streak: number }> {
  const studyDay = studyDayOf(now, recipient);
  const [cards, studyDays] = await Promise.all([
    loadDueCards({ userId: recipient.userId, on: studyDay }),
    loadStudyDays({ userId: recipient.userId }),
  ]);
  return { ...summarizeDueCards(cards, studyDay), streak: studyStreak(studyDays, studyDay) };
}

/** The digest email for `localDay`: rendered in the user's language, with RFC 8058 unsubscribe headers. */
export function digestEmail(
  recipient: DigestRecipient,
  summary: DueSummary & { streak: number },
  localDay: LocalDay,
  config: ReminderConfig,
  now: Date,
): MailMessage {
  const unsubscribe = unsubscribeUrl(recipient, config, now);
  const rendered = renderDigest({
    locale: reminderLocale(recipient.locale),
    userName: recipient.name,
    dueBySubject: summary.dueBySubject,
    dueByCheckpoint: summary.dueByCheckpoint,
    notesReachingCheckpoint: summary.notesReachingCheckpoint.map((note) => ({
      title: note.title,
      checkpoint: note.checkpoint,
      url: `${config.appUrl}/notes/${note.noteId}`,
    })),
    streak: summary.streak,
    reviewUrl: `${config.appUrl}/review`,
    unsubscribeUrl: unsubscribe,
    localDay,
  });
  const host = new URL(config.appUrl).hostname || "recall.local";
  return {
    to: recipient.email,
    ...rendered,
    headers: listUnsubscribeHeaders(unsubscribe),
    messageId: digestMessageId({ userId: recipient.userId, localDay, secret: config.unsubscribeSecret, host }),
  };
}

/** The browser notification: the due count, opening the review page. */
export function digestPush(
  recipient: DigestRecipient,
  total: number,
  localDay: LocalDay,
  config: ReminderConfig,
): PushPayload {
  const m = reminderMessages[reminderLocale(recipient.locale)];
  const count = new Intl.NumberFormat(m.intlLocale).format(total);
  return {
    title: "Recall",
    body: total > 0 ? m.dueToday(total, count) : m.nothingDue,
    url: `${config.appUrl}/review`,
    tag: `recall-digest-${localDay}`,
  };
}
