import nodemailer from "nodemailer";
import { addOutboxMessage } from "@/lib/db/reminders/outbox";
import type { DbTransaction } from "@/lib/db/transaction";

export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers: Record<string, string>;
  /** A fixed Message-ID per digest (`<…@host>`), so a rare repeated send is recognisable as the same mail. */
  messageId: string;
  /** What the mail is; the in-app outbox never shows password-reset mail (see docs/security.md). */
  kind?: "digest" | "password-reset";
}

/** Sends mail; `tx` is the delivery's transaction, used by the outbox so storing is atomic with "sent". */
export interface Mailer {
  readonly kind: "smtp" | "outbox";
  send(userId: string, message: MailMessage, tx?: DbTransaction): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer when `smtpUrl` is set (`smtp://user:pass@host:587`, `smtps://…:465`), else the
 * in-app outbox table, so a default install shows what would be sent. Timeouts stay well below the
 * delivery transaction's limit, because the delivery row stays locked while sending.
 */
export function createMailer(options: { smtpUrl: string | null; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      kind: "outbox",
      async send(userId, message, tx) {
        const headers = { ...message.headers, "Message-ID": message.messageId };
        await addOutboxMessage(
          {
            userId,
            to: message.to,
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers,
            kind: message.kind ?? "digest",
          },
          tx,
        );
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl, {
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    kind: "smtp",
    async send(_userId, message) {
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
        messageId: message.messageId,
      });
    },
    close() {
      transport.close();
    },
  };
}
