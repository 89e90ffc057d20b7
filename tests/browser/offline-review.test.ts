import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, launchProfile, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const sent = { timeout: 30_000 };

/** A student with `count` new cards (front "Card n?"), each back showing `image` when given. */
async function seedStudent(count: number, image?: string) {
  const password = "offline-test-pass-1";
  const user = await createUser({ email: uniqueEmail("offline"), password, timeZone: "UTC" });
  // The picture is on another site: remote images are opt-in, and this student has opted in (settings).
  if (image) await db().user.update({ where: { id: user.id }, data: { loadRemoteImages: true } });
  const note = await db().note.create({
    data: {
      userId: user.id,
      path: "offline.md",
      title: "Offline",
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: Array.from({ length: count }, (_, index) => ({
          userId: user.id,
          key: `k${index}`,
          type: "basic",
          origin: "inline",
          front: `Card ${index}?`,
          back: image ? `Answer ${index}\n\n![diagram](${image})` : `Answer ${index}`,
          line: index + 1,
        })),
      },
    },
    include: { cards: { orderBy: { line: "asc" } } },
  });
  return { user, password, cards: note.cards };
}

/** Opens the review page and waits until the service worker controls it and has cached it. */
async function openReviewOnline(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/review`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first load came before the worker; a controlled load puts the page in its cache.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId("cards-left").waitFor();
  return page;
}

async function answer(page: Page, key: "1" | "2") {
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press(key);
}

/** Another site serving one picture (never from the HTTP cache), counting the times it is asked. */
async function startImageSite() {
  const png = fs.readFileSync(path.resolve("public/icons/icon-192.png"));
  let requests = 0;
  const server = http.createServer((_request, response) => {
    requests += 1;
    response.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
    response.end(png);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/diagram.png`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("offline: reload, answer five, close and reopen, back online: five reviews recorded once with their times", async () => {
  const imageSite = await startImageSite();
  const { user, password } = await seedStudent(6, imageSite.url);
  const context = await (await browser()).newContext({ locale: "en-US" });
  await signIn(await context.newPage(), baseUrl, user.email, password);
  let page = await openReviewOnline(context);
  // The backs are not shown yet, but their picture was fetched for later.
  await expect.poll(imageSite.requests, sent).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId("offline-state").waitFor();
  await screenshot(page, "review-offline");
  const before = Date.now();
  for (let i = 0; i < 5; i++) await answer(page, "2");
  const after = Date.now();
  await page.getByText("Offline: 5 answers will be sent").waitFor();
  await page.close();

  page = await context.newPage();
  await page.goto(`${baseUrl}/review`);
  await page.getByText("Offline: 5 answers will be sent").waitFor();
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("Left: 0 due · 1 new");
  await expect(db().review.count({ where: { userId: user.id } })).resolves.toBe(0);
  // The sixth card's back, never shown before, has its picture from the service worker's cache.
  await page.keyboard.press("Space");
  const picture = page.getByTestId("card-back").locator("img");
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth), sent).toBe(192);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect.poll(() => db().review.count({ where: { userId: user.id } }), sent).toBe(5);
  const reviews = await db().review.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" } });
  expect(new Set(reviews.map((review) => review.cardId)).size).toBe(5);
  for (const review of reviews) {
    expect(review.reviewedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(review.reviewedAt.getTime()).toBeLessThanOrEqual(after + 1000);
  }
  await context.close();
  await imageSite.close();
});

test("the same card answered offline on a phone and online elsewhere: one review, the phone is told", async () => {
  const { user, password, cards } = await seedStudent(1);
  const phone = await (await browser()).newContext({ locale: "en-US" });
  await signIn(await phone.newPage(), baseUrl, user.email, password);
  const page = await openReviewOnline(phone);
  await phone.setOffline(true);
  await answer(page, "1");

  // Meanwhile the laptop answers the same card (as the review API would).
  await recordReview({
    userId: user.id,
    cardId: cards[0]!.id,
    grade: "remembered",
    requestId: randomUUID(),
    at: new Date(),
  });

  await phone.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.getByText("An answer from this device was not counted").waitFor(sent);
  const reviews = await db().review.findMany({ where: { userId: user.id } });
  expect(reviews.map((review) => review.grade)).toEqual(["first-study"]);
  await phone.close();
});

test("Chromium finds no installability errors", async () => {
  const { user, password } = await seedStudent(1);
  // Installability is never granted in incognito, which every `newContext()` is: a real profile.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "recall-install-"));
  const context = await launchProfile(profile, "ko-KR");
  await signIn(await context.newPage(), baseUrl, user.email, password);
  const page = await openReviewOnline(context);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
    installabilityErrors: Array<{ errorId: string }>;
  };
  expect(installabilityErrors).toEqual([]);
  // Fetched by the page, so with the browser's Accept-Language (Korean), as Chromium itself fetches it.
  const manifest = await page.evaluate(async () => {
    const response = await fetch("/manifest.webmanifest");
    return (await response.json()) as { start_url: string; lang: string };
  });
  expect(manifest).toMatchObject({ start_url: "/review", lang: "ko" });
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test("the review page on a 390 px phone and a desktop, in Korean and English: answer bar within reach", async () => {
  const { user, password } = await seedStudent(2);
  for (const locale of ["ko-KR", "en-US"]) {
    for (const [name, viewport] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1280, height: 900 }],
    ] as const) {
      const context = await (await browser()).newContext({ locale, viewport });
      const page = await context.newPage();
      await signIn(page, baseUrl, user.email, password);
      await page.goto(`${baseUrl}/review`);
      // A key pressed before the page has hydrated reaches no listener; revealing is idempotent, so press
      // until the back shows.
      await expect
        .poll(async () => {
          await page.keyboard.press("Space");
          return page.getByTestId("card-back").isVisible();
        }, sent)
        .toBe(true);
      await screenshot(page, `review-${name}-${locale.slice(0, 2)}`);
      const bar = await page.getByTestId("answer-bar").boundingBox();
      const buttons = await page.getByTestId("answer-bar").getByRole("button").all();
      if (name === "phone") {
        // Fixed at the bottom edge, buttons at least 48 px tall (a thumb's target).
        expect(Math.round((bar?.y ?? 0) + (bar?.height ?? 0))).toBe(viewport.height);
        for (const button of buttons) expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(48);
      }
      expect(buttons).toHaveLength(2);
      await context.close();
    }
  }
});
