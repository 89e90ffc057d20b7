import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "layout-test-pass-1";
const phone = { width: 390, height: 844 };

/** How far the page reaches past the viewport's right edge (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function phoneStudent(locale: "en-US" | "ko-KR") {
  const user = await createUser({ email: uniqueEmail("phone"), password, locale: locale.slice(0, 2) });
  const context = await (await browser()).newContext({ locale, viewport: phone });
  const page = await context.newPage();
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await signIn(page, baseUrl, user.email, password);
  return { user, context, page, missing };
}

test("on a 390 px phone the outbox mail and a 200-deep list stay inside the screen", async () => {
  const { user, context, page } = await phoneStudent("en-US");
  const deepList = Array.from({ length: 200 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth + 1}`).join("\n");
  const note = await db().note.create({
    data: {
      userId: user.id,
      path: "deep.md",
      title: "Deep list",
      source: `# Deep list\n\n${deepList}\n`,
      contentHash: randomUUID(),
    },
  });
  // Rendering 200 levels takes seconds on a busy machine: allow for it.
  await page.goto(`${baseUrl}/notes/${note.id}`, { timeout: 120_000 });
  await page.getByText("level 200", { exact: true }).waitFor({ state: "attached" });
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.goto(`${baseUrl}/settings`);
  await page.getByRole("button", { name: "Send a test digest now" }).click();
  await expect.poll(() => db().outboxMessage.count({ where: { userId: user.id } }), { timeout: 15_000 }).toBe(1);
  await page.goto(`${baseUrl}/outbox`);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.getByTestId("outbox-list").getByRole("link").first().click();
  await page.getByTestId("outbox-text").waitFor();
  await expect(page.getByTestId("outbox-text").textContent()).resolves.toMatch(/unsubscribe\?token=\S{40,}/);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, "layout-outbox-message-390");
  await context.close();
}, 240_000);

for (const locale of ["en-US", "ko-KR"] as const) {
  test(`every top-navigation destination is on screen at 390 px (${locale}), and no icon 404s`, async () => {
    const { context, page, missing } = await phoneStudent(locale);
    const nav = page.getByRole("navigation");
    const links = nav.getByRole("link");
    // Today, notes, cards, review, quiz, exam, simulator and settings.
    await expect(links.count()).resolves.toBe(8);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `layout-nav-${locale}-390`);
    await nav.getByRole("link", { name: locale === "ko-KR" ? "설정" : "Settings" }).click();
    await page.waitForURL(`${baseUrl}/settings`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, `layout-nav-${locale}-desktop`);

    // The page names its icons, and every one of them (and the /favicon.ico browsers ask for anyway) exists.
    const icons = await page
      .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const url of [...icons, `${baseUrl}/favicon.ico`, `${baseUrl}/icons/icon-192.png`]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
    }
    expect(missing).toEqual([]);
    await context.close();
  });
}
