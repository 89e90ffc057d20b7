import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { makeUser } from "./helpers";
import { POST as unsubscribePost } from "@/app/api/reminders/unsubscribe/route";
import { db } from "@/lib/db/client";
import { saveReminderSettings } from "@/lib/db/reminders/reminder-settings";
import { resetReminderConfig } from "@/lib/server/reminders/config";
import { sendTestDigest } from "@/lib/server/reminders/send-test-digest";

beforeAll(() => {
  process.env.APP_URL = "https://recall.example";
  process.env.RECALL_UNSUBSCRIBE_SECRET = "unsubscribe-token-test-secret-0123456789";
  process.env.RECALL_VAPID_PUBLIC_KEY = "BIntegrationTestPublicKeyNotUsedForSending000000";
  process.env.RECALL_VAPID_PRIVATE_KEY = "integration-private-key-not-used-000000";
  delete process.env.SMTP_URL;
  resetReminderConfig();
});

afterEach(() => {
  vi.useRealTimers();
});

const settings = {
  enabled: true,
  emailEnabled: true,
  pushEnabled: false,
  reminderTime: "08:00",
  skipWhenNothingDue: false,
  pausedUntil: null,
};

/** A user with email reminders on, and the unsubscribe link and Message-ID of a digest mailed to them at `now`. */
async function mailedUser(now: Date) {
  const user = await makeUser();
  await saveReminderSettings({ userId: user.id, ...settings });
  await sendTestDigest({ userId: user.id, now });
  const message = await db().outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
  const headers = message.headers as Record<string, string>;
  const link = /^<(https:\/\/recall\.example\/api\/reminders\/unsubscribe\?token=[\w.-]+)>$/.exec(
    headers["List-Unsubscribe"] ?? "",
  )?.[1];
  if (!link) throw new Error(`no unsubscribe link in ${JSON.stringify(headers)}`);
  return { user, link, messageId: headers["Message-ID"] ?? "", body: `${message.html}\n${message.text}` };
}

function oneClick(link: string) {
  return unsubscribePost(
    new Request(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );
}

async function unsubscribedAt(userId: string) {
  return (await db().reminderSettings.findUniqueOrThrow({ where: { userId } })).unsubscribedAt;
}

describe("unsubscribe links", () => {
  test("are opaque: neither the link (decoded) nor the Message-ID carries the user id", async () => {
    const { user, link, messageId } = await mailedUser(new Date());
    const token = new URL(link).searchParams.get("token") ?? "";
    const decodedParts = token.split(".").map((part) => Buffer.from(part, "base64url").toString("latin1"));
    expect(link).not.toContain(user.id);
    for (const part of decodedParts) expect(part).not.toContain(user.id);
    expect(messageId).toMatch(/^<[^<>@\s]+@recall\.example>$/);
    expect(messageId).not.toContain(user.id);
  });

  test("work once subscribed, and stop working after the student re-subscribes", async () => {
    const { user, link } = await mailedUser(new Date());
    expect((await oneClick(link)).status).toBe(200);
    expect(await unsubscribedAt(user.id)).toBeInstanceOf(Date);

    // Opting in again from settings revokes the links in every earlier mail.
    await saveReminderSettings({ userId: user.id, ...settings });
    expect(await unsubscribedAt(user.id)).toBeNull();
    expect((await oneClick(link)).status).toBe(400);
    expect(await unsubscribedAt(user.id)).toBeNull();
  });

  test("expire: valid for 180 days after the mail, refused afterwards", async () => {
    const sent = new Date();
    const { user, link } = await mailedUser(sent);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(sent.getTime() + 181 * 86_400_000));
    expect((await oneClick(link)).status).toBe(400);
    expect(await unsubscribedAt(user.id)).toBeNull();
    vi.setSystemTime(new Date(sent.getTime() + 179 * 86_400_000));
    expect((await oneClick(link)).status).toBe(200);
    expect(await unsubscribedAt(user.id)).toBeInstanceOf(Date);
  });
});
