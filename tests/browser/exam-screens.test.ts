import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { saveExamTarget } from "@/lib/db/exams/exam-settings";
import { createUser } from "@/lib/db/users/create-user";
import { addDays, studyDayOf } from "@/lib/schedule";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
/** Where the review copies of these screenshots go besides test-output (EXAM_SHOTS_DIR, e.g. /tmp/shots/exams). */
const extraDir = process.env.EXAM_SHOTS_DIR;

async function shoot(page: Page, name: string) {
  await screenshot(page, name);
  if (extraDir) {
    fs.mkdirSync(extraDir, { recursive: true });
    await page.screenshot({ path: path.join(extraDir, `${name}.png`), fullPage: true });
  }
}

/** Nothing sticks out sideways: the page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(inner);
}

async function seed(locale: "en" | "ko") {
  const password = "exam-screens-pass-1";
  const user = await createUser({ email: uniqueEmail(`screens-${locale}`), password, timeZone: "UTC" });
  await db().user.update({ where: { id: user.id }, data: { locale } });
  for (const [i, service] of ["IAM", "SQS", "Lambda"].entries()) {
    const row = await db().note.create({
      data: {
        userId: user.id,
        path: `${service}.md`,
        title: `${service} limits`,
        subject: "AWS",
        tags: ["aws", service.toLowerCase()],
        source: "",
        contentHash: randomUUID(),
        frontmatter: { "exam-domain": i + 1 },
        cards: {
          create: Array.from({ length: 6 }, (_, k) => ({
            userId: user.id,
            key: `k${k}`,
            type: "basic",
            origin: "inline",
            front: `${service} limit number ${k + 1}?`,
            back: `${(i + 1) * 100 + k * 16} MB`,
            line: k + 3,
          })),
        },
      },
      include: { cards: true },
    });
    for (const card of row.cards) {
      await recordReview({
        userId: user.id,
        cardId: card.id,
        grade: "remembered",
        requestId: randomUUID(),
        at: new Date(Date.now() - 3 * 86_400_000),
      });
    }
  }
  await db().note.create({
    data: {
      userId: user.id,
      path: "cost.md",
      title: "Savings plans",
      subject: "Billing",
      tags: ["cost"],
      source: "Reserved instances and savings plans lower the cost.",
      contentHash: randomUUID(),
      cards: {
        create: [{ userId: user.id, key: "k0", type: "basic", origin: "inline", front: "Q", back: "A", line: 1 }],
      },
    },
  });
  const examDate = addDays(studyDayOf(new Date(), { timeZone: "UTC", dayStartHour: 4 }), 5);
  await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate, beforeExamDays: 7 });
  return { user, password };
}

test.each(["en", "ko"] as const)(
  "exam page, a mock in progress and its results fit a phone and a desktop (%s)",
  async (locale) => {
    const { user, password } = await seed(locale);
    const context = await (await browser()).newContext({
      locale: locale === "ko" ? "ko-KR" : "en-US",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, user.email, password);
    await page.goto(`${baseUrl}/exam`);
    await page.getByTestId("readiness-score").waitFor();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await expectNoSidewaysScroll(page);
      await shoot(page, `exam-${locale}-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    const start = page.getByTestId("start-mock");
    await start.locator("input[name=questions]").fill("6");
    await start.locator("input[name=minutes]").fill("10");
    await start.getByRole("button").click();
    await page.waitForURL(/\/quiz\/[^/]+$/);
    const quizId = page.url().split("/").at(-1)!;
    await page.getByTestId("quiz-option").first().click();
    await page.getByTestId("navigator-item").nth(0).and(page.locator(".bg-brand-600")).waitFor();
    await page.getByTestId("navigator-item").nth(1).click();
    await page.getByTestId("quiz-flag").click();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await expectNoSidewaysScroll(page);
      await shoot(page, `exam-mock-${locale}-${width}`);
    }
    await page.getByTestId("quiz-submit").click();
    await page
      .getByRole("alertdialog")
      .getByRole("button", { name: locale === "ko" ? "제출" : "Submit", exact: true })
      .click();
    await page.waitForURL(`${baseUrl}/quiz/${quizId}/results`, { timeout: 30_000 });
    await page.getByTestId("mock-scaled").waitFor();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await expectNoSidewaysScroll(page);
      await shoot(page, `exam-results-${locale}-${width}`);
    }
    await context.close();
  },
);
