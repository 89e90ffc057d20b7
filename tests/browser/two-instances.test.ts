/**
 * Two `next start` processes on one database, as behind a load balancer: nothing an instance needs lives
 * in its memory. The second instance is started here beside the suite's own (same database, same secret).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { importVault } from "@/lib/db/import/import-vault";
import { createUser } from "@/lib/db/users/create-user";
import { type AppServer, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { browser, signIn, uniqueEmail } from "./browser";

const first = inject("baseUrl");
let second: AppServer;
const password = "two-instances-pass-1";

beforeAll(async () => {
  second = await startAppServer({
    databaseUrl: inject("serverDatabaseUrl"),
    port: await findFreePort(4300),
    secret: inject("sessionSecret"),
    quiet: true,
    env: { RECALL_TEST_HOOKS: "1", RECALL_SIGN_UPS_PER_HOUR: "100000" },
  });
}, 300_000);

afterAll(async () => {
  await second?.stop();
});

test("signed in on one instance, the student reviews on the other", async () => {
  const user = await createUser({ email: uniqueEmail("two-a"), password, timeZone: "UTC" });
  await importVault({
    userId: user.id,
    files: [{ path: "lambda.md", content: "# Lambda\n\nMax timeout::15 minutes\n" }],
  });
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signIn(page, first, user.email, password);
  // Cookies belong to the host, not the port: the second instance gets the first one's session cookie.
  await page.goto(`${second.url}/review`);
  expect(page.url()).toBe(`${second.url}/review`);
  await page.getByTestId("card-front").waitFor();
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.url() === `${second.url}/api/reviews`,
  );
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press("2");
  // 201: the answer was recorded by the second instance.
  expect((await answered).status()).toBe(201);
  await expect.poll(() => db().review.count({ where: { userId: user.id } }), { timeout: 20_000 }).toBe(1);
  await page.close();
}, 180_000);

test("sign-in failures on one instance count on the other", async () => {
  const user = await createUser({ email: uniqueEmail("two-b"), password });
  const page = await (await browser()).newPage({ locale: "en-US" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto(`${first}/sign-in`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel(/^Password/).fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("form-error").filter({ hasText: "do not match" }).waitFor();
  }
  // The right password, on the other instance, within the delay the five failures earned: refused.
  await page.goto(`${second.url}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("form-error").filter({ hasText: "Too many failed attempts" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  await page.close();
}, 180_000);

test("both instances run the reminder worker; a digest asked of both at once is delivered once", async () => {
  const user = await createUser({ email: uniqueEmail("two-c"), password, timeZone: "UTC" });
  await db().note.create({
    data: {
      userId: user.id,
      path: "s3.md",
      title: "S3",
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: [
          {
            userId: user.id,
            key: "k0",
            type: "basic",
            origin: "inline",
            front: "Glacier retrieval?",
            back: "Minutes to hours",
            line: 1,
            stage: "ladder",
            checkpoint: "4",
            dueOn: new Date(`${new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`),
          },
        ],
      },
    },
  });
  await db().reminderSettings.create({ data: { userId: user.id, enabled: true, reminderTime: "00:00" } });
  // The daily job's own code path, run by both instances at the same moment, three times each.
  const runs = await Promise.all(
    [first, second.url, first, second.url, first, second.url].map((url) =>
      fetch(`${url}/api/test-hooks/reminders`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: user.email }),
      }),
    ),
  );
  expect(runs.map((run) => run.status)).toEqual([200, 200, 200, 200, 200, 200]);
  await expect(db().outboxMessage.count({ where: { userId: user.id } })).resolves.toBe(1);
  await expect(db().reminderDelivery.count({ where: { userId: user.id, channel: "email" } })).resolves.toBe(1);
}, 180_000);
