/**
 * What a newcomer meets first: the demo account with the sample notes from content/ (created once by
 * `npm start`), and "send a test digest now" in settings.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser } from "./helpers";

beforeAll(() => {
  // No SMTP_URL: mail goes to the in-app outbox. Fixed secrets keep the test off the data folder.
  delete process.env.SMTP_URL;
  process.env.APP_URL = "http://recall.test";
  process.env.RECALL_UNSUBSCRIBE_SECRET = "first-start-unsubscribe-secret-0123456789";
  process.env.RECALL_VAPID_PUBLIC_KEY = "BFirstStartTestPublicKeyNotUsedForSending00000000";
  process.env.RECALL_VAPID_PRIVATE_KEY = "first-start-private-key-not-used-000000";
});

function sampleNoteFiles(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
}

describe("the demo account on first start", { timeout: 120_000 }, () => {
  test("is created once with every sample note; a restart changes nothing", async () => {
    const { DEMO_EMAIL, ensureDemoAccount } = await import("@/lib/server/demo-account");
    const { importSampleContent } = await import("@/lib/server/sample-content");
    const expectedNotes = sampleNoteFiles(path.resolve("content"));
    expect(expectedNotes.length).toBeGreaterThan(3);

    const first = await ensureDemoAccount({ importSamples: importSampleContent });
    expect(first.created).toBe(true);
    expect(first.summary).toMatch(/\d/);
    const demo = await db().user.findUniqueOrThrow({ where: { email: DEMO_EMAIL } });
    const notes = await db().note.findMany({ where: { userId: demo.id }, select: { path: true } });
    expect(notes.map((note) => note.path).sort()).toEqual(
      expectedNotes.map((file) => file.split(path.sep).join("/")).sort(),
    );
    const cards = await db().card.count({ where: { userId: demo.id, status: "active" } });
    expect(cards).toBeGreaterThan(notes.length);

    const second = await ensureDemoAccount({ importSamples: importSampleContent });
    expect(second).toEqual({ created: false });
    await expect(db().note.count({ where: { userId: demo.id } })).resolves.toBe(notes.length);
    await expect(db().card.count({ where: { userId: demo.id, status: "active" } })).resolves.toBe(cards);
  });
});

describe("send a test digest now", { timeout: 60_000 }, () => {
  test("goes to the outbox with today's digest and leaves the daily digest's bookkeeping alone", async () => {
    const { sendTestDigest } = await import("@/lib/server/reminders/send-test-digest");
    const user = await makeUser({ timeZone: "Asia/Seoul" });
    const now = new Date("2026-03-02T00:30:00Z");

    await expect(sendTestDigest({ userId: user.id, now })).resolves.toBe("outbox");

    const [message, ...others] = await db().outboxMessage.findMany({ where: { userId: user.id } });
    expect(others).toEqual([]);
    expect(message?.to).toBe(user.email);
    expect(message?.subject.length).toBeGreaterThan(0);
    expect(message?.text.length).toBeGreaterThan(0);
    // Its own Message-ID, so a mail system never drops the real digest of the same day as a duplicate.
    const headers = message?.headers as Record<string, string>;
    const messageId = Object.entries(headers).find(([key]) => key.toLowerCase() === "message-id")?.[1] ?? "";
    expect(messageId).toMatch(/^<test\./);
    await expect(db().reminderDelivery.count({ where: { userId: user.id } })).resolves.toBe(0);

    // A second preview is another message, not swallowed by the once-a-day rule.
    await sendTestDigest({ userId: user.id, now: new Date(now.getTime() + 60_000) });
    await expect(db().outboxMessage.count({ where: { userId: user.id } })).resolves.toBe(2);
  });
});
