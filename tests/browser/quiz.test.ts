import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import type { StoredQuestions } from "@/lib/db/quiz/stored-quiz";
import { createUser } from "@/lib/db/users/create-user";
import type { Question } from "@/lib/quiz";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

const NOTES = [
  {
    path: "compute/lambda.md",
    title: "Lambda limits",
    subject: "Compute",
    tags: ["aws", "serverless"],
    cards: [
      ["Lambda max timeout?", "15분"],
      ["Lambda default memory?", "128 MB"],
      ["Lambda max memory?", "10240 MB"],
      ["Lambda default /tmp size?", "512 MB"],
    ],
  },
  {
    path: "messaging/sqs.md",
    title: "SQS basics",
    subject: "Messaging",
    tags: ["aws"],
    cards: [
      ["SQS max message size?", "256 KB"],
      ["SQS default visibility timeout?", "30초"],
      ["Which service decouples producers and consumers with a queue?", "Amazon SQS"],
      ["SQS FIFO queues guarantee [...] processing.", "exactly-once"],
    ],
  },
];

/** Two subjects' cards, all first studied yesterday so they are due today. */
async function seedStudent() {
  const password = "quiz-test-pass-1";
  const user = await createUser({ email: uniqueEmail("quizzer"), password, timeZone: "UTC" });
  for (const note of NOTES) {
    const row = await db().note.create({
      data: {
        userId: user.id,
        path: note.path,
        title: note.title,
        subject: note.subject,
        tags: note.tags,
        source: "",
        contentHash: randomUUID(),
        cards: {
          create: note.cards.map(([front, back], index) => ({
            userId: user.id,
            key: `k${index}`,
            type: front!.includes("[...]") ? "cloze" : "basic",
            origin: front!.includes("[...]") ? "cloze" : "inline",
            front: front!,
            back: back!,
            line: index + 3,
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
        at: new Date(Date.now() - 86_400_000),
      });
    }
  }
  return { user, password };
}

async function storedQuestions(quizId: string): Promise<Question[]> {
  const row = await db().quiz.findUniqueOrThrow({ where: { id: quizId }, select: { questions: true } });
  return (row.questions as unknown as StoredQuestions).questions;
}

/** Answers the question on screen through the UI, right or wrong. */
async function answer(page: Page, q: Question, right: boolean) {
  await page
    .getByTestId("quiz-progress")
    .filter({ hasText: `Question ${q.index + 1} of` })
    .waitFor();
  if (q.type === "multiple-choice") {
    const pick = right ? q.correctOption : (q.correctOption + 1) % q.options.length;
    await page.getByTestId("quiz-option").nth(pick).click();
    await page.getByTestId("quiz-option").nth(pick).and(page.locator("[aria-pressed=true]")).waitFor();
  } else if (q.type === "true-false") {
    await page.getByRole("button", { name: right === q.correct ? "True" : "False", exact: true }).click();
  } else {
    await page.getByTestId("quiz-text").fill(right ? q.expected : "no idea");
    await page.getByRole("button", { name: "Save answer" }).click();
  }
  await page.getByTestId("navigator-item").nth(q.index).and(page.locator(".bg-brand-600")).waitFor();
}

test("a short timed exam: answer, reload, flag, auto-submit at zero, see the breakdown", async () => {
  const { user, password } = await seedStudent();
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/quiz`);
  await page.getByText("Mock exam", { exact: true }).click();
  await page.getByRole("button", { name: "Select all" }).click();
  await page.getByLabel("Questions", { exact: true }).fill("4");
  await page.getByLabel("Time limit (minutes)").fill("1");
  await page.getByLabel("Pass mark (%)").fill("72");
  await screenshot(page, "quiz-builder");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  const questions = await storedQuestions(quizId);
  expect(questions).toHaveLength(4);
  await expect(page.getByTestId("quiz-timer").textContent()).resolves.toMatch(/^[01]:\d\d$/);

  await answer(page, questions[0]!, true);
  if (questions[0]!.type !== "typed" && questions[0]!.type !== "cloze")
    await page.getByRole("button", { name: /^Next/ }).click();
  await answer(page, questions[1]!, false);
  await screenshot(page, "quiz-exam");

  // State lives on the server: a reload resumes at the first unanswered question with both answers kept.
  await page.reload();
  await page.getByTestId("quiz-progress").filter({ hasText: "Question 3 of 4" }).waitFor();
  await expect(page.locator("[data-testid=navigator-item].bg-brand-600").count()).resolves.toBe(2);
  await answer(page, questions[2]!, true);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "quiz-exam-phone-dark");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByTestId("navigator-item").nth(3).click();
  await page.getByTestId("quiz-flag").click();
  await page.getByTestId("navigator-item").nth(3).and(page.locator("[aria-label='4 (Flagged)']")).waitFor();

  // Leave five seconds on the clock, reload, and let the timer submit at zero.
  await db().quiz.update({ where: { id: quizId }, data: { startedAt: new Date(Date.now() - 55_000) } });
  await page.reload();
  await page.waitForURL(`${baseUrl}/quiz/${quizId}/results`, { timeout: 20_000 });

  await expect(page.getByTestId("quiz-verdict").textContent()).resolves.toBe("Not passed");
  await expect(page.getByTestId("quiz-score").textContent()).resolves.toContain("50%");
  const subjects = [...new Set(questions.map((q) => q.subject))].sort();
  for (const subject of subjects) await page.getByTestId("breakdown-subject").getByText(subject!).waitFor();
  await page.getByTestId("breakdown-tag").getByText("#aws").waitFor();
  const wrong = page.getByTestId("wrong-answers").locator(":scope > li");
  await expect(wrong.count()).resolves.toBe(2);
  const source = questions[1]!.source;
  await expect(wrong.first().getByRole("link").first().getAttribute("href")).resolves.toBe(
    `/notes/${source.noteId}#line-${source.line}`,
  );
  await expect(page.getByTestId("question-times").locator("tbody tr").count()).resolves.toBe(4);
  await screenshot(page, "quiz-results");

  // Exactly once into the schedule: two right due cards reviewed, the wrong one lapsed, the skipped one untouched.
  const reviews = await db().review.findMany({
    where: { userId: user.id, source: "quiz" },
    select: { cardId: true, grade: true },
  });
  expect(reviews.map((r) => r.grade).sort()).toEqual(["forgot", "remembered", "remembered"]);
  expect(reviews.find((r) => r.grade === "forgot")?.cardId).toBe(questions[1]!.cardId);

  // Answering after the end is refused on the server too.
  const late = await page.evaluate(
    async ({ quizId, questionId }) =>
      (
        await fetch("/api/quiz/answer", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ quizId, questionId, response: true }),
        })
      ).status,
    { quizId, questionId: questions[3]!.id },
  );
  expect(late).toBe(409);
  await page.close();
});

test("practice on a phone in dark mode: typed answers with a diff and 'I was right', then history with the trend", async () => {
  const { user, password } = await seedStudent();
  const page = await (await browser()).newPage({
    locale: "en-US",
    viewport: { width: 390, height: 844 },
    colorScheme: "dark",
  });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/quiz`);
  await page.getByRole("radio", { name: "Notes" }).check({ force: true });
  // SQS answers are all of different kinds, so no multiple choice: typed and cloze questions only.
  await page.getByText("SQS basics").click();
  await page.getByLabel("Questions", { exact: true }).fill("2");
  await screenshot(page, "quiz-builder-phone-dark");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  const questions = await storedQuestions(quizId);
  for (const [i, q] of questions.entries()) {
    expect(["typed", "cloze"]).toContain(q.type);
    await page.getByTestId("quiz-text").fill("wrong answer");
    await page.getByRole("button", { name: "Check" }).click();
    const feedback = page.getByTestId("quiz-feedback");
    await feedback.waitFor();
    await expect(feedback.textContent()).resolves.toContain("Not quite");
    await feedback.getByTestId("answer-diff").waitFor();
    await expect(feedback.getByRole("link").getAttribute("href")).resolves.toBe(
      `/notes/${q.source.noteId}#line-${q.source.line}`,
    );
    if (i === 0) {
      await screenshot(page, "quiz-practice-phone-dark");
      await feedback.getByRole("button", { name: "I was right" }).click();
      await feedback.getByText("Counted as right").waitFor();
    }
    await page.getByRole("button", { name: i === questions.length - 1 ? "Finish and see results" : /^Next/ }).click();
  }
  await page.waitForURL(`${baseUrl}/quiz/${quizId}/results`);
  await expect(page.getByTestId("quiz-score").textContent()).resolves.toContain("50%");
  await screenshot(page, "quiz-results-phone-dark");
  // The overridden card counts as remembered (it was due), the other as a lapse.
  const reviews = await db().review.findMany({
    where: { userId: user.id, source: "quiz" },
    select: { cardId: true, grade: true },
  });
  expect(reviews.sort((a, b) => a.grade.localeCompare(b.grade))).toEqual([
    { cardId: questions[1]!.cardId, grade: "forgot" },
    { cardId: questions[0]!.cardId, grade: "remembered" },
  ]);
  await page.goto(`${baseUrl}/quiz/history`);
  await page.getByTestId("quiz-trend").locator("svg").first().waitFor();
  await expect(page.getByTestId("quiz-history").locator("li").count()).resolves.toBe(1);
  await screenshot(page, "quiz-history-phone-dark");
  await page.close();
});
