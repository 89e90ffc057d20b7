import { z } from "zod";
import { loadSecrets } from "@/lib/server/data-dir";

/** What the reminder code needs from the environment, validated once per process. */
export interface ReminderConfig {
  /** Base URL for links in emails and the calendar feed, without a trailing slash. */
  appUrl: string;
  /** `smtp://user:pass@host:587` (or smtps://); null means mail goes to the in-app outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  unsubscribeSecret: string;
  vapid: { publicKey: string; privateKey: string; subject: string };
}

const env = z.object({
  APP_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  RECALL_UNSUBSCRIBE_SECRET: z.string().min(16).optional(),
  RECALL_VAPID_PUBLIC_KEY: z.string().min(20).optional(),
  RECALL_VAPID_PRIVATE_KEY: z.string().min(20).optional(),
  RECALL_VAPID_SUBJECT: z.string().optional(),
});

let cached: ReminderConfig | undefined;

/**
 * The reminder configuration. Secrets come from the environment (what `npm start` passes, and what
 * several instances behind a load balancer must share); a bare `next start` falls back to the
 * generated secrets in the data folder.
 */
export function reminderConfig(): ReminderConfig {
  if (cached) return cached;
  const parsed = env.safeParse(process.env);
  if (!parsed.success) throw new Error(`Reminder configuration: ${parsed.error.issues[0]?.message}`);
  const e = parsed.data;
  const needsStored = !e.RECALL_UNSUBSCRIBE_SECRET || !e.RECALL_VAPID_PUBLIC_KEY || !e.RECALL_VAPID_PRIVATE_KEY;
  const stored = needsStored ? loadSecrets() : null;
  const appUrl = (e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  cached = {
    appUrl,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? `Recall <reminders@${new URL(appUrl).hostname || "localhost"}>`,
    unsubscribeSecret: e.RECALL_UNSUBSCRIBE_SECRET ?? stored!.unsubscribeSecret,
    vapid: {
      publicKey: e.RECALL_VAPID_PUBLIC_KEY ?? stored!.vapid.publicKey,
      privateKey: e.RECALL_VAPID_PRIVATE_KEY ?? stored!.vapid.privateKey,
      // Push services need an https: or mailto: contact; a local http install uses the sender address.
      subject: e.RECALL_VAPID_SUBJECT ?? (appUrl.startsWith("https:") ? appUrl : "mailto:reminders@recall.invalid"),
    },
  };
  return cached;
}

/** Forgets the cached configuration (tests change the environment between cases). */
export function resetReminderConfig(): void {
  cached = undefined;
}
