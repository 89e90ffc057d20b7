import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { addDays, studyDayOf } from "@/lib/schedule";
import { browser, screenshot, signIn, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const DAY = 24 * 60 * 60 * 1000;
const seoul = { timeZone: "Asia/Seoul", dayStartHour: 4 };

async function note(userId: string, title: string, subject: string, fronts: string[]) {
  return db().note.create({
    data: {
      userId,
      path: `${title}.md`,
      title,
      subject,
      textbook: subject === "AWS" ? "AWS SAA" : null,
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: fronts.map((front, index) => ({
          userId,
          key: `k${index}`,
          type: "basic",
          origin: "inline",
          front,
          back: `Answer ${index}`,
          line: index + 1,
        })),
      },
    },
    include: { cards: { orderBy: { line: "asc" } } },
  });
}

/**
 * Three days of study in Seoul: Paging's two cards first studied two days ago (overdue at checkpoint 1),
 * Lambda's three yesterday (due today) with a fourth still new, and TCP's card studied yesterday and
 * answered today (next due at checkpoint 4, in three days).
 */
async function seedHistory() {
  const password = "dashboard-test-pass-1";
  const user = await createUser({ email: uniqueEmail("dashboard"), password, timeZone: seoul.timeZone });
  const now = Date.now();
  const study = async (cardId: string, at: number) =>
    recordReview({ userId: user.id, cardId, grade: "remembered", requestId: randomUUID(), at: new Date(at) });
  const paging = await note(user.id, "Paging", "OS", ["Page size?", "TLB?"]);
  const lambda = await note(user.id, "Lambda", "AWS", ["Max timeout?", "Memory?", "Cold start?", "Layers?"]);
  const tcp = await note(user.id, "TCP", "Network", ["Handshake?"]);
  for (const card of paging.cards) await study(card.id, now - 2 * DAY);
  for (const card of lambda.cards.slice(0, 3)) await study(card.id, now - DAY);
  await study(tcp.cards[0]!.id, now - DAY);
  await study(tcp.cards[0]!.id, now - 60_000);
  return { user, password, today: studyDayOf(new Date(now), seoul) };
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

test("the dashboard shows the seeded history's due counts, forecast, streak and notes", async () => {
  const { user, password, today } = await seedHistory();
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await expect(text(page, "due-now")).resolves.toBe("5 cards due");
  await expect(text(page, "due-subject-AWS")).resolves.toContain("3");
  await expect(text(page, "due-subject-OS")).resolves.toContain("2");
  await expect(text(page, "due-checkpoint-1")).resolves.toBe("5");
  await expect(text(page, "due-checkpoint-4")).resolves.toBe("0");
  await expect(text(page, "new-today")).resolves.toBe("+ 1 new card");
  await expect(page.getByTestId("start-review").getAttribute("href")).resolves.toBe("/review");
  await expect(page.getByTestId("due-subject-AWS").getAttribute("href")).resolves.toBe("/review?subject=AWS");

  await expect(text(page, "forecast-tomorrow")).resolves.toBe("0");
  await expect(text(page, "forecast-week")).resolves.toBe("1");
  await expect(text(page, "forecast-month")).resolves.toBe("1");
  const forecastRows = page.getByTestId("forecast-table").locator("tbody tr");
  await expect(forecastRows.count()).resolves.toBe(30);
  await expect(forecastRows.first().locator("td").nth(1).textContent()).resolves.toBe("5");
  await expect(
    page
      .locator(`[data-testid=forecast-table] tr[data-day="${addDays(today, 3)}"] td`)
      .nth(1)
      .textContent(),
  ).resolves.toBe("1");
  await page.getByTestId("forecast-chart").locator(".recharts-bar-rectangle").first().waitFor();

  await expect(text(page, "streak")).resolves.toContain("3 days");
  await expect(text(page, "today-reviews")).resolves.toBe("1 answer today");
  await expect(
    page.locator(`[data-testid=heatmap] rect[data-day="${addDays(today, -1)}"]`).getAttribute("data-count"),
  ).resolves.toBe("4");
  await expect(text(page, "heatmap-summary")).resolves.toBe("7 answers on 3 days");

  const rows = page.getByTestId("note-row");
  await expect(rows.count()).resolves.toBe(3);
  await expect(page.getByTestId("notes-ladder").getByText("day 2").count()).resolves.toBe(1);
  await expect(page.getByRole("link", { name: "Lambda" }).getAttribute("href")).resolves.toMatch(/^\/notes\//);
  await page.mouse.move(0, 0); // no chart tooltip left over from the sign-in click
  await screenshot(page, "dashboard");

  // Filter by subject through the form (a plain GET form: the URL carries the filter).
  await page.getByLabel("Subject", { exact: true }).selectOption("AWS");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/subject=AWS/);
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().getByTestId("progress-bar").getAttribute("data-bar")).resolves.toBe(
    "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%",
  );

  // An exam date in 30 days shows the projected long-term share.
  await page.getByTestId("exam-date-input").fill(addDays(today, 30));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByTestId("exam-share").waitFor();
  await expect(text(page, "exam-share")).resolves.toMatch(/^\d+%$/);
  const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { examDate: true } });
  expect(stored.examDate?.toISOString().slice(0, 10)).toBe(addDays(today, 30));

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${baseUrl}/`);
  await page.getByTestId("forecast-chart").locator(".recharts-bar-rectangle").first().waitFor();
  await screenshot(page, "dashboard-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByTestId("due-now").waitFor();
  await screenshot(page, "dashboard-phone-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await screenshot(page, "dashboard-phone");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId("stats-link").click();
  await page.waitForURL(`${baseUrl}/stats`);
  await expect(text(page, "stat-reviews")).resolves.toBe("7");
  await expect(text(page, "stat-first-studies")).resolves.toBe("6");
  await expect(text(page, "stat-recall")).resolves.toBe("100%");
  await page.getByTestId("reviews-chart").locator(".recharts-bar-rectangle").first().waitFor();
  await screenshot(page, "stats");
  await page.close();
});

test("study settings: a bad value is explained and nothing is saved; a good one is saved", async () => {
  const { user, password } = await seedHistory();
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/settings`);
  const form = page.getByTestId("study-settings");
  await form.getByLabel("Target retention").fill("1.5");
  await form.getByLabel("New cards per day").fill("35");
  await page.getByTestId("study-settings-save").click();
  await form.getByText("Enter a number from 0.70 to 0.99").waitFor();
  await expect(text(page, "study-settings-status")).resolves.toContain("Nothing was saved");
  const select = { dailyNewLimit: true, targetRetention: true, dayStartHour: true };
  await expect(db().user.findUniqueOrThrow({ where: { id: user.id }, select })).resolves.toEqual({
    dailyNewLimit: 20,
    targetRetention: 0.9,
    dayStartHour: 4,
  });
  await screenshot(page, "settings-study-invalid");
  await form.getByLabel("Target retention").fill("0.85");
  await form.getByLabel("New study day starts at").selectOption("5");
  await page.getByTestId("study-settings-save").click();
  await page.getByTestId("study-settings-status").filter({ hasText: "Study settings saved." }).waitFor();
  await expect(db().user.findUniqueOrThrow({ where: { id: user.id }, select })).resolves.toEqual({
    dailyNewLimit: 35,
    targetRetention: 0.85,
    dayStartHour: 5,
  });
  await page.close();
});

test("a new account sees a friendly empty state that leads to importing notes", async () => {
  const page = await (await browser()).newPage({ locale: "ko-KR" });
  await signUp(page, baseUrl, uniqueEmail("empty"), "empty-dashboard-pass-1");
  await page.getByTestId("dashboard-empty").waitFor();
  await expect(page.getByTestId("due-now").count()).resolves.toBe(0);
  await expect(page.getByRole("heading", { name: "노트로 시작하세요" }).count()).resolves.toBe(1);
  await screenshot(page, "dashboard-empty");
  await page.getByTestId("import-notes-link").click();
  await page.waitForURL(`${baseUrl}/notes`);
  await page.close();
});
