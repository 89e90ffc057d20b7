import { randomUUID } from "node:crypto";
import { renderResetEmail } from "@/lib/auth/reset-email";
import { type PasswordResetGrant, PASSWORD_RESET_LIMIT } from "@/lib/db/users/password-reset";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import { type ReminderConfig, reminderConfig } from "@/lib/server/reminders/config";
import { createMailer } from "@/lib/server/reminders/mailer";

type MailKey = "subject" | "greeting" | "greetingNoName" | "body" | "button" | "expiry" | "ignore";

/**
 * Mails a forgot-password link to the account, in its language (the page's when it never chose one):
 * over SMTP when configured, else into the outbox table as kind "password-reset" (not shown in the app;
 * the operator reads it, see docs/security.md).
 */
export async function mailPasswordReset(
  grant: PasswordResetGrant,
  options: { pageLocale: Locale; config?: ReminderConfig },
): Promise<void> {
  const config = options.config ?? reminderConfig();
  const locale = isLocale(grant.locale) ? grant.locale : options.pageLocale;
  // Plain strings from messages/<locale>/recovery.json: mail is written outside next-intl's request scope.
  const m = ((await loadMessages(locale)).recovery as { mail: Record<MailKey, string> }).mail;
  const url = `${config.appUrl}/reset-password?token=${grant.token}`;
  const rendered = renderResetEmail({
    lang: locale,
    url,
    texts: {
      subject: m.subject,
      greeting: grant.name ? m.greeting.replace("{name}", grant.name) : m.greetingNoName,
      body: m.body,
      button: m.button,
      expiry: m.expiry.replace("{minutes}", String(PASSWORD_RESET_LIMIT.linkLifetimeMinutes)),
      ignore: m.ignore,
    },
  });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  try {
    await mailer.send(grant.userId, {
      to: grant.email,
      ...rendered,
      headers: {},
      messageId: `<reset.${randomUUID()}@${new URL(config.appUrl).hostname || "recall.local"}>`,
      kind: "password-reset",
    });
  } finally {
    mailer.close();
  }
}
