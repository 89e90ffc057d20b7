import { randomUUID } from "node:crypto";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { makeNoteWithCards, makeUser } from "./helpers";
import { GET as calendarFeed } from "@/app/api/calendar/[file]/route";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/reminders/unsubscribe/route";
import { db } from "@/lib/db/client";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/db/reminders/calendar-token";
import { DIGEST_QUEUE, startReminderWorker, type ReminderWorker } from "@/lib/server/reminder-worker";
import { reminderConfig, resetReminderConfig } from "@/lib/server/reminders/config";
import { createMailer } from "@/lib/server/reminders/mailer";
import { runDigest } from "@/lib/server/reminders/run-digest";
import { decodeHeader, parseMail } from "./mime";
import { startSmtpServer } from "./smtp";

const APP_URL = "https://recall.example";
let clock = new Date("2026-03-08T07:05:00Z");
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let workers: ReminderWorker[] = [];

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  process.env.RECALL_UNSUBSCRIBE_SECRET = "integration-unsubscribe-secret-0123456789";
  process.env.RECALL_VAPID_PUBLIC_KEY = "BIntegrationTestPublicKeyNotUsedForSending000000";
  process.env.RECALL_VAPID_PRIVATE_KEY = "integration-private-key-not-used-000000";
  resetReminderConfig();
  smtp = await startSmtpServer();
  // Two app instances on one database, each with its own queue connection, mailer and (shared) clock.
  workers = await Promise.all(
    [1, 2].map(() =>
      startReminderWorker({
        connectionString: process.env.DATABASE_URL!,
        now: () => clock,
        config: { ...reminderConfig(), smtpUrl: smtp.url },
        mailer: createMailer({ smtpUrl: smtp.url, from: "Recall <reminders@recall.example>" }),
        maxAttempts: 3,
        retryDelaySeconds: 1,
        pollingIntervalSeconds: 0.5,
        cron: false,
        onError: () => {},
      }),
    ),
  );
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await smtp?.stop();
});

/** A user with reminders on and `due` cards due today at the 4-day checkpoint in subject "SAA". */
async function reminderUser(options: { timeZone: string; reminderTime: string; due?: number; today: string }) {
  const user = await makeUser({ timeZone: options.timeZone, dayStartHour: 0 });
  await db().reminderSettings.create({
    data: { userId: user.id, enabled: true, reminderTime: options.reminderTime },
  });
  const note = await makeNoteWithCards(user.id, options.due ?? 3, `vpc-${randomUUID()}.md`);
  await db().note.update({ where: { id: note.id }, data: { subject: "SAA", title: "VPC 복습" } });
  await db().card.updateMany({
    where: { noteId: note.id },
    data: { dueOn: new Date(`${options.today}T00:00:00Z`), checkpoint: "4", stage: "ladder" },
  });
  return user;
}

/** Both workers scan at the same time, twice, then the queued jobs run. */
async function raceTicks() {
  await Promise.all([workers[0]!.tick(), workers[1]!.tick(), workers[0]!.tick(), workers[1]!.tick()]);
}

/**
 * Every digest job ever queued has finished (none created, waiting to retry, or running): the signal that no
 * late duplicate can still arrive, so "no second email" can be asserted without a fixed wait.
 */
async function queueDrained(timeoutMs = 20_000) {
  await expect
    .poll(
      async () => {
        const rows = await db().$queryRaw<{ pending: bigint }[]>`
          select count(*) as pending from pgboss.job
          where name = ${DIGEST_QUEUE} and state in ('created', 'retry', 'active')`;
        return Number(rows[0]?.pending ?? -1);
      },
      { timeout: timeoutMs, interval: 100 },
    )
    .toBe(0);
}

async function settled(userIds: string[], timeoutMs = 20_000) {
  await expect
    .poll(
      () =>
        db().reminderDelivery.count({
          where: { userId: { in: userIds }, status: { in: ["sent", "failed", "skipped"] } },
        }),
      { timeout: timeoutMs, interval: 200 },
    )
    .toBe(userIds.length);
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to === email);

describe("daily digest over SMTP with two racing workers", () => {
  test("exactly one well-formed message per user per day, across zones and a DST day", async () => {
    clock = new Date("2026-03-08T07:05:00Z"); // 03:05 EDT on New York's spring-forward day
    const newYork = await reminderUser({ timeZone: "America/New_York", reminderTime: "02:30", today: "2026-03-08" });
    const seoul = await reminderUser({ timeZone: "Asia/Seoul", reminderTime: "16:00", today: "2026-03-08" });
    const london = await reminderUser({ timeZone: "Europe/London", reminderTime: "07:00", today: "2026-03-08" });
    const later = await reminderUser({ timeZone: "America/Los_Angeles", reminderTime: "23:30", today: "2026-03-07" });
    await db().user.update({ where: { id: seoul.id }, data: { locale: "ko", name: "민지" } });

    await raceTicks();
    await settled([newYork.id, seoul.id, london.id]);
    // Minutes later both instances scan again: the day is taken.
    clock = new Date("2026-03-08T07:07:00Z");
    await raceTicks();
    await queueDrained();

    for (const user of [newYork, seoul, london]) expect(mailsTo(user.email), user.email).toHaveLength(1);
    expect(mailsTo(later.email)).toHaveLength(0); // 23:05 on the 7th in Los Angeles, before its 23:30
    const rows = await db().reminderDelivery.findMany({ where: { userId: newYork.id } });
    expect(rows).toMatchObject([{ localDay: "2026-03-08", channel: "email", status: "sent", attempts: 1 }]);

    const mail = parseMail(mailsTo(seoul.email)[0]!.raw);
    expect(mail.contentTypes[0]).toMatch(/^multipart\/alternative/);
    expect(mail.text).toContain("오늘 복습할 카드가 3장 있어요.");
    expect(mail.text).toContain("VPC 복습 — 4일차");
    expect(mail.html).toMatch(/^<!doctype html><html lang="ko">/);
    expect(decodeHeader(mail.headers.get("subject") ?? "")).toBe(
      "Recall · 오늘 복습할 카드 3장 · 2026년 3월 8일 일요일",
    );
    // The same id for a repeated send of the day, but not naming the account (tests/integration/unsubscribe-tokens).
    expect(mail.headers.get("message-id")).toMatch(/^<digest\.[\w-]{32}@recall\.example>$/);
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const link = /^<(https:\/\/recall\.example\/api\/reminders\/unsubscribe\?token=[\w.-]+)>$/.exec(
      mail.headers.get("list-unsubscribe") ?? "",
    )?.[1];
    expect(link).toBeDefined();
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('href="https://recall.example/review"');

    // The link works without a session: GET asks to confirm (changes nothing), the RFC 8058 POST unsubscribes.
    // The route checks the link's expiry against the wall clock: set it to the workers' clock for these calls.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(clock);
    const page = await unsubscribeGet(new Request(link!, { headers: { "accept-language": "ko" } }));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("수신 거부");
    await expect(db().reminderSettings.findUnique({ where: { userId: seoul.id } })).resolves.toMatchObject({
      unsubscribedAt: null,
    });
    const oneClick = await unsubscribePost(
      new Request(link!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(oneClick.status).toBe(200);
    const after = await db().reminderSettings.findUniqueOrThrow({ where: { userId: seoul.id } });
    expect(after.unsubscribedAt).toBeInstanceOf(Date);
    const tampered = await unsubscribePost(new Request(`${link!.slice(0, -3)}xyz`, { method: "POST" }));
    expect(tampered.status).toBe(400);
    vi.useRealTimers();

    // The next day: the unsubscribed user gets nothing, the others get their second digest.
    clock = new Date("2026-03-09T07:05:00Z");
    await db().card.updateMany({
      where: { userId: { in: [newYork.id, seoul.id, london.id] } },
      data: { dueOn: new Date("2026-03-09T00:00:00Z") },
    });
    await raceTicks();
    await expect.poll(() => mailsTo(london.email).length, { timeout: 20_000 }).toBe(2);
    await expect.poll(() => mailsTo(newYork.email).length, { timeout: 20_000 }).toBe(2);
    expect(mailsTo(seoul.email)).toHaveLength(1);
  });

  test("two workers running the same job at once still send one message (the row lock, not the queue)", async () => {
    clock = new Date("2026-05-01T12:00:00Z");
    const user = await reminderUser({ timeZone: "UTC", reminderTime: "08:00", today: "2026-05-01" });
    const deps = {
      now: () => clock,
      config: { ...reminderConfig(), smtpUrl: smtp.url },
      mailer: createMailer({ smtpUrl: smtp.url, from: "reminders@recall.example" }),
      push: { send: async () => {} },
    };
    const job = { userId: user.id, localDay: "2026-05-01" };
    const results = await Promise.all([runDigest(job, deps), runDigest(job, deps), runDigest(job, deps)]);
    const statuses = results.map((r) => (r.action === "delivered" ? r.outcomes.email?.status : r.action)).sort();
    expect(statuses.filter((s) => s === "sent")).toHaveLength(1);
    expect(mailsTo(user.email)).toHaveLength(1);
  });

  test("a failed first attempt (a crash mid-send) is retried and the digest still goes out once", async () => {
    clock = new Date("2026-06-10T09:00:00Z");
    const user = await reminderUser({ timeZone: "Europe/Berlin", reminderTime: "10:30", today: "2026-06-10" });
    smtp.failures.set(user.email, 1);
    await raceTicks();
    await settled([user.id]);
    expect(mailsTo(user.email)).toHaveLength(1);
    expect(smtp.attempts.filter((a) => a.to === user.email)).toHaveLength(2);
    const row = await db().reminderDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  test("a send that keeps failing is retried with backoff, then recorded as failed", async () => {
    clock = new Date("2026-06-11T09:00:00Z");
    const user = await reminderUser({ timeZone: "UTC", reminderTime: "08:00", today: "2026-06-11" });
    smtp.failures.set(user.email, "always");
    await raceTicks();
    await settled([user.id], 30_000);
    const row = await db().reminderDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row.lastError).toContain("451");
    const times = smtp.attempts.filter((a) => a.to === user.email).map((a) => a.at);
    expect(times).toHaveLength(3);
    // pg-boss backoff: the first retry waits 1–2 s, the second 2–4 s.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1900);
    expect(mailsTo(user.email)).toHaveLength(0);
  });

  test("after downtime the missed window is sent once, never a burst of old days", async () => {
    const user = await reminderUser({ timeZone: "Asia/Seoul", reminderTime: "08:00", today: "2026-07-20" });
    await db().reminderDelivery.create({
      data: { userId: user.id, localDay: "2026-07-16", channel: "email", status: "sent", attempts: 1 },
    });
    clock = new Date("2026-07-20T09:00:00Z"); // 18:00 in Seoul: the app was down since the 16th
    await raceTicks();
    await expect.poll(() => mailsTo(user.email).length, { timeout: 15_000 }).toBe(1);
    clock = new Date("2026-07-20T14:59:00Z"); // 23:59 the same day
    await raceTicks();
    clock = new Date("2026-07-20T16:00:00Z"); // 01:00 on the 21st, before 08:00
    await raceTicks();
    await queueDrained();
    expect(mailsTo(user.email)).toHaveLength(1);
    const days = await db().reminderDelivery.findMany({ where: { userId: user.id }, orderBy: { localDay: "asc" } });
    expect(days.map((d) => d.localDay)).toEqual(["2026-07-16", "2026-07-20"]);
  });

  test("a day with nothing due is skipped (recorded, so it is settled) when the user asked for that", async () => {
    clock = new Date("2026-08-03T12:00:00Z");
    const user = await reminderUser({ timeZone: "UTC", reminderTime: "08:00", due: 0, today: "2026-08-03" });
    await raceTicks();
    await settled([user.id]);
    await expect(db().reminderDelivery.findFirst({ where: { userId: user.id } })).resolves.toMatchObject({
      status: "skipped",
    });
    expect(mailsTo(user.email)).toHaveLength(0);
  });
});

describe("calendar feed", () => {
  test("parses back with node-ical; wrong, revoked and replaced tokens get 404", async () => {
    const user = await reminderUser({ timeZone: "Asia/Seoul", reminderTime: "08:00", due: 2, today: "2020-01-01" });
    const note = await makeNoteWithCards(user.id, 3);
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await db().card.updateMany({ where: { noteId: note.id }, data: { dueOn: new Date(`${inThreeDays}T00:00:00Z`) } });
    const fetchFeed = (file: string) =>
      calendarFeed(new Request(`${APP_URL}/api/calendar/${file}`), { params: Promise.resolve({ file }) });

    const token = await regenerateCalendarToken({ userId: user.id });
    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await response.text())).filter(
      (c): c is ical.VEvent => c?.type === "VEVENT",
    );
    expect(events).toHaveLength(2); // the overdue cards today, three cards in three days
    const summaries = events.map((e) => String(e.summary)).sort();
    expect(summaries).toEqual(["Recall: 2 cards to review", "Recall: 3 cards to review"]);
    for (const event of events) {
      // 08:00 in Seoul is 23:00 UTC the day before.
      expect(event.start.toISOString()).toMatch(/T23:00:00\.000Z$/);
      const url = event.url as unknown as string | { val: string };
      expect(typeof url === "string" ? url : url.val).toBe(`${APP_URL}/review`);
    }

    expect((await fetchFeed(`${token.slice(0, -2)}xx.ics`)).status).toBe(404);
    expect((await fetchFeed(token)).status).toBe(404);
    const replaced = await regenerateCalendarToken({ userId: user.id });
    expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
    expect((await fetchFeed(`${replaced}.ics`)).status).toBe(200);
    await revokeCalendarToken({ userId: user.id });
    expect((await fetchFeed(`${replaced}.ics`)).status).toBe(404);
  });
});
