"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { sendTestDigest } from "@/lib/server/reminders/send-test-digest";

export interface TestDigestState {
  status: "idle" | "sent" | "failed";
  error?: string;
}

/** "Send a test digest now" in settings: today's digest, to SMTP or the outbox. */
export async function sendTestDigestAction(_previous: TestDigestState): Promise<TestDigestState> {
  const user = await requireUser();
  try {
    await sendTestDigest({ userId: user.id, now: new Date() });
  } catch (error) {
    return { status: "failed", error: error instanceof Error ? error.message.slice(0, 200) : "unknown" };
  }
  revalidatePath("/outbox");
  return { status: "sent" };
}
