import { z } from "zod";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { findDigestRecipient } from "@/lib/db/users/find-digest-recipient";
import { localDayOf } from "@/lib/reminders";
import { reminderConfig } from "@/lib/server/reminders/config";
import { createMailer } from "@/lib/server/reminders/mailer";
import { createPushSender } from "@/lib/server/reminders/push-sender";
import { runDigest } from "@/lib/server/reminders/run-digest";

export const dynamic = "force-dynamic";

const body = z.object({ email: z.email() });

/**
 * Test-only (RECALL_TEST_HOOKS=1, else 404): runs one user's daily digest job now, the same code the
 * scheduler runs, so browser tests need not wait for the once-a-minute scan.
 */
export async function POST(request: Request) {
  if (process.env.RECALL_TEST_HOOKS !== "1") return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "INVALID_INPUT" }, { status: 400 });
  const userId = await findUserIdByEmail(parsed.data.email);
  const { timeZone } = await findDigestRecipient(userId);
  const config = reminderConfig();
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const result = await runDigest(
    { userId, localDay: localDayOf(new Date(), timeZone) },
    { now: () => new Date(), config, mailer, push: createPushSender(config.vapid) },
  );
  return Response.json(result);
}
