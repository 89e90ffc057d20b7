import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { saveExamTarget } from "@/lib/db/exams/exam-settings";
import type { StoredQuestions } from "@/lib/db/quiz/stored-quiz";
import { createUser } from "@/lib/db/users/create-user";
import type { Question } from "@/lib/quiz";
import { addDays, studyDayOf } from "@/lib/schedule";
import { browser, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const DAY = 86_400_000;

/** One note per SAA-C03 domain (mapped by frontmatter), eight size cards each, all first studied yesterday. */
async function seedStudent(prefix: string) {
  const password = "exam-test-pass-1";
  const user = await createUser({ email: uniqueEmail(prefix), password, timeZone: "UTC" });
  const services = ["IAM", "SQS", "Lambda", "S3"];
  for (const [i, service] of services.entries()) {
    const row = await db().note.create({
      data: {
        userId: user.id,
        path: `${service.toLowerCase()}.md`,
        title: `${service} limits`,
        subject: "AWS",
        tags: ["aws"],
        source: "",
        contentHash: randomUUID(),
        frontmatter: { exam: "SAA-C03", "exam-domain": i + 1 },
        cards: {
          create: Array.from({ length: 8 }, (_, k) => ({
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
        at: new Date(Date.now() - DAY),
      });
    }
  }
  const examDate = addDays(studyDayOf(new Date(), { timeZone: "UTC", dayStartHour: 4 }), 20);
  await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate, beforeExamDays: 7 });
  return { user, password };
}

async function storedQuestions(quizId: string): Promise<Question[]> {
  const row = await db().quiz.findUniqueOrThrow({ where: { id: quizId }, select: { questions: true } });
  return (row.questions as unknown as StoredQuestions).questions;
}

/** Answers the question on screen, right or wrong, and waits for the navigator to show it answered. */
async function answer(page: Page, q: Question, right: boolean) {
  await page
    .getByTestId("quiz-progress")
    .filter({ hasText: `Question ${q.index + 1} of` })
    .waitFor();
  if (q.type === "multiple-choice") {
    const pick = right ? q.correctOption : (q.correctOption + 1) % q.options.length;
    await page.getByTestId("quiz-option").nth(pick).click();
  } else if (q.type === "multiple-response") {
    const wrong = q.options.findIndex((_, i) => !q.correctOptions.includes(i));
    const picks = right ? q.correctOptions : [q.correctOptions[0]!, wrong];
    for (const pick of picks) await page.getByTestId("quiz-option").nth(pick).click();
  } else if (q.type === "true-false") {
    await page.getByRole("button", { name: right === q.correct ? "True" : "False", exact: true }).click();
  } else {
    await page.getByTestId("quiz-text").fill(right ? q.expected : "no idea");
    await page.getByRole("button", { name: "Save answer" }).click();
  }
  await page.getByTestId("navigator-item").nth(q.index).and(page.locator(".bg-brand-600")).waitFor();
}

test("a full mock exam: answer, flag, review screen, back to the flagged one, auto-submit at zero, report per domain", async () => {
  const { user, password } = await seedStudent("mock");
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/exam`);
  const form = page.getByTestId("start-mock");
  await form.getByLabel("Questions").fill("6");
  await form.getByLabel("Minutes").fill("1"); // the shortest time limit the form allows
  await form.getByRole("button", { name: "Start mock exam" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  const questions = await storedQuestions(quizId);
  expect(questions).toHaveLength(6);
  const mock = await db().examMock.findUniqueOrThrow({ where: { quizId } });
  const domainOf = mock.questionDomains as Record<string, string>;
  // 6 questions of 30/26/24/20: quotas 1.8/1.56/1.44/1.2 → 1 each, the two left to .8 and .56 → 2/2/1/1.
  const perDomain = ["1", "2", "3", "4"].map((id) => questions.filter((q) => domainOf[q.id] === id).length);
  expect(perDomain).toEqual([2, 2, 1, 1]);

  await answer(page, questions[0]!, true);
  await page.getByRole("button", { name: /^Next/ }).click();
  await answer(page, questions[1]!, false);
  // No feedback during a mock.
  await expect(page.getByTestId("quiz-feedback").count()).resolves.toBe(0);
  await page.getByTestId("navigator-item").nth(2).click();
  await page.getByTestId("quiz-flag").click();
  await page.getByTestId("navigator-item").nth(2).and(page.locator("[aria-label='3 (Flagged)']")).waitFor();
  await page.getByTestId("navigator-item").nth(0).click();
  await page.getByTestId("quiz-progress").filter({ hasText: "Question 1 of 6" }).waitFor();

  // The review screen before submitting lists the flagged and unanswered questions; jump back to the flagged one.
  await page.getByTestId("quiz-submit").click();
  const review = page.getByTestId("review-list");
  await review.waitFor();
  await expect(review.locator("button").count()).resolves.toBe(4); // 3 flagged + 4, 5, 6 unanswered
  await review.getByRole("button", { name: /^3 ⚑/ }).click();
  await page.getByTestId("quiz-progress").filter({ hasText: "Question 3 of 6" }).waitFor();
  await expect(page.getByTestId("review-list").count()).resolves.toBe(0);
  await answer(page, questions[2]!, true);

  // Leave five seconds on the clock, reload, and let the timer submit at zero.
  await db().quiz.update({ where: { id: quizId }, data: { startedAt: new Date(Date.now() - 55_000) } });
  await page.reload();
  await page.waitForURL(`${baseUrl}/quiz/${quizId}/results`, { timeout: 30_000 });

  const scaled = page.getByTestId("mock-scaled");
  await scaled.waitFor();
  await expect(scaled.textContent()).resolves.toContain("pass line 720");
  const rows = page.getByTestId("mock-domains").locator("tr");
  const report = await rows.allTextContents();
  expect(report.some((row) => row.startsWith("1. Design Secure Architectures"))).toBe(true);
  // Right: questions 1 and 3; their domains' scores say so. Everything else wrong or unanswered.
  const stored = await db().examMock.findUniqueOrThrow({ where: { quizId } });
  const scores = stored.domainScores as { id: string; correct: number; total: number }[];
  expect(scores.reduce((s, d) => s + d.correct, 0)).toBe(2);
  expect(scores.reduce((s, d) => s + d.total, 0)).toBe(6);
  for (const d of scores) {
    const row = report.find((text) => text.startsWith(`${d.id}. `));
    expect(row).toContain(`${d.correct}/${d.total}`);
  }
  await expect(scaled.textContent()).resolves.toContain(String(stored.scaledScore));
  await page.close();
});

test("the dashboard forecast: predicted score with its range and the pass line, for a student with mapped cards and a date", async () => {
  const { user, password } = await seedStudent("forecast");
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  const card = page.getByTestId("dashboard-readiness");
  await card.waitFor();
  const score = Number(
    (await card.getByTestId("readiness-score").locator("span").first().textContent())!.replace(/,/g, ""),
  );
  const range = (await card.getByTestId("readiness-range").textContent())!.match(/(\d[\d,]*)–(\d[\d,]*)/)!;
  const [low, high] = [Number(range[1]!.replace(/,/g, "")), Number(range[2]!.replace(/,/g, ""))];
  expect(low).toBeLessThanOrEqual(score);
  expect(high).toBeGreaterThanOrEqual(score);
  expect(score).toBeGreaterThanOrEqual(100);
  expect(score).toBeLessThanOrEqual(1000);
  await expect(card.getByTestId("readiness-pass-line").textContent()).resolves.toBe("Pass line 720");
  // The same numbers the forecast computes for the exam date.
  const saved = await db().readinessSnapshot.findFirstOrThrow({ where: { userId: user.id, examCode: "SAA-C03" } });
  expect([saved.predictedScore, saved.low, saved.high]).toEqual([score, low, high]);
  await page.close();
});
