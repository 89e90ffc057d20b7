"use server";

import { revalidatePath } from "next/cache";
import { sendTestDigest } from "@/lib/server/reminders/send-test-digest";
import { authedAction, formStateAction, noInput } from "./_lib/action";

/** "Send a test digest now" in settings: today's digest, to SMTP or the outbox. */
export const sendTestDigestAction = formStateAction(
  authedAction(noInput, async (_input, user) => {
    await sendTestDigest({ userId: user.id, now: new Date() });
    revalidatePath("/outbox");
  }),
);
