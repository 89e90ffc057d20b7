import { randomUUID } from "node:crypto";
import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

/** A student with two cards overdue (due yesterday or earlier), so today's digest has content. */
async function seedStudent() {
  const password = "reminder-test-pass-1";
  const user = await createUser({ email: uniqueEmail("reminded"), password, name: "Jisoo" });
  const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await db().note.create({
    data: {
      userId: user.id,
      path: "s3.md",
      title: "S3 storage classes",
      subject: "SAA-C03",
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: ["Glacier retrieval?", "IA minimum size?"].map((front, index) => ({
          userId: user.id,
          key: `k${index}`,
          type: "basic",
          origin: "inline",
          front,
          back: `Answer ${index}`,
          line: index + 1,
          stage: "ladder",
          checkpoint: "4",
          dueOn: new Date(`${yesterday}T00:00:00Z`),
        })),
      },
    },
  });
  return { user, password };
}

test("turn reminders on in settings, get the digest in the outbox, unsubscribe without signing in", async () => {
  const { user, password } = await seedStudent();
  const context = await (await browser()).newContext({ locale: "en-US", timezoneId: "Asia/Seoul" });
  const page = await context.newPage();
  await signIn(page, baseUrl, user.email, password);

  // The in-app banner and badge show today's due count.
  await expect(page.getByTestId("due-badge").textContent()).resolves.toBe("2");
  await expect(page.getByTestId("due-banner").textContent()).resolves.toContain("2 cards due today");

  await page.goto(`${baseUrl}/settings`);
  const section = page.getByTestId("reminder-settings");
  await expect(section.getByTestId("reminder-status").textContent()).resolves.toBe("Reminders are off.");
  // One time zone for the whole account: reminders show it and point to study settings, which offer
  // the browser's zone in place of the never-chosen UTC default.
  await expect(section.getByTestId("reminder-zone").textContent()).resolves.toContain("your time zone, UTC");
  await expect(section.getByLabel("Time zone").count()).resolves.toBe(0);
  const study = page.getByTestId("study-settings");
  await study.getByText("This browser is in Asia/Seoul.").waitFor();
  await study.getByRole("button", { name: "Use it" }).click();
  await study.getByTestId("study-settings-save").click();
  await study.getByTestId("study-settings-status").filter({ hasText: "saved" }).waitFor();
  await page.reload();
  await expect(section.getByTestId("reminder-zone").textContent()).resolves.toContain("your time zone, Asia/Seoul");
  await section.getByLabel("Send me daily reminders").check();
  await section.getByLabel("Reminder time").fill("00:00");
  await section.getByRole("button", { name: "Save reminder settings" }).click();
  await section.getByTestId("reminder-form-status").filter({ hasText: "Saved." }).waitFor();
  await expect(db().user.findUniqueOrThrow({ where: { id: user.id } })).resolves.toMatchObject({
    timeZone: "Asia/Seoul",
  });
  await expect(db().reminderSettings.findUniqueOrThrow({ where: { userId: user.id } })).resolves.toMatchObject({
    enabled: true,
    emailEnabled: true,
    reminderTime: "00:00",
  });

  // Run the daily job now (the scheduler's own code path); 00:00 has passed, so today's digest is due.
  const run = await page.request.post(`${baseUrl}/api/test-hooks/reminders`, { data: { email: user.email } });
  expect(run.ok()).toBe(true);
  await expect.poll(() => db().outboxMessage.count({ where: { userId: user.id } }), { timeout: 15_000 }).toBe(1);
  // Running it again (or the app's own once-a-minute scan) never adds a second digest for the day.
  await page.request.post(`${baseUrl}/api/test-hooks/reminders`, { data: { email: user.email } });
  await expect(db().outboxMessage.count({ where: { userId: user.id } })).resolves.toBe(1);

  await page.reload();
  await section.getByTestId("reminder-deliveries").filter({ hasText: "sent" }).waitFor();
  await screenshot(page, "reminders-settings");

  await page.goto(`${baseUrl}/outbox`);
  const entry = page.getByTestId("outbox-list").getByRole("link");
  await expect(entry.textContent()).resolves.toMatch(/^Recall · 2 cards to review · /);
  await screenshot(page, "reminders-outbox");
  await entry.click();
  await page.getByTestId("outbox-headers").waitFor();
  await expect(page.getByTestId("outbox-headers").textContent()).resolves.toContain("List-Unsubscribe-Post");
  await expect(page.getByTestId("outbox-text").textContent()).resolves.toContain("SAA-C03: 2");
  await screenshot(page, "reminders-outbox-message");

  // The email itself, as a mail client renders it.
  const message = await db().outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
  const mail = await context.newPage();
  await mail.setViewportSize({ width: 640, height: 800 });
  await mail.setContent(message.html);
  await screenshot(mail, "reminders-email");

  // The unsubscribe link works in a browser with no session: confirm, then unsubscribed.
  const link = /<([^>]+)>/.exec((message.headers as Record<string, string>)["List-Unsubscribe"] ?? "")?.[1];
  expect(link).toMatch(/\/api\/reminders\/unsubscribe\?token=/);
  const anonymous = await (await browser()).newPage({ locale: "en-US" });
  await anonymous.goto(link!.replace(/^https?:\/\/[^/]+/, baseUrl));
  await anonymous.getByRole("button", { name: "Unsubscribe" }).click();
  await anonymous.getByText("You are unsubscribed.", { exact: false }).waitFor();
  await screenshot(anonymous, "reminders-unsubscribed");
  const settings = await db().reminderSettings.findUniqueOrThrow({ where: { userId: user.id } });
  expect(settings.unsubscribedAt).toBeInstanceOf(Date);

  // The calendar feed: create the private URL in settings; it answers without a session.
  await page.goto(`${baseUrl}/settings`);
  await page.getByRole("button", { name: "Create calendar URL" }).click();
  const feedUrl = await page.getByTestId("calendar-url").inputValue();
  const feed = await anonymous.request.get(feedUrl.replace(/^https?:\/\/[^/]+/, baseUrl));
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:Recall: 2 cards to review");
  // The app started the reminder worker itself (instrumentation.ts): its cron schedule is registered.
  await expect
    .poll(() => db().$queryRaw<{ name: string }[]>`select name from pgboss.schedule`.catch(() => []))
    .toEqual([{ name: "reminder-tick" }]);
  const worker = await anonymous.request.get(`${baseUrl}/serwist/sw.js`);
  expect(worker.status()).toBe(200);
  await context.close();
});
