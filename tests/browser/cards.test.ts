import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import type { StoredQuestions } from "@/lib/db/quiz/stored-quiz";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "cards-test-pass-1";

const DEFINITIONS = [
  ["EventBridge란?", "EventBridge란 이벤트를 라우팅하는 서버리스 이벤트 버스이다"],
  ["SQS란?", "SQS는 완전 관리형 메시지 대기열 서비스이다"],
  ["SNS란?", "SNS: 게시/구독 방식의 알림 서비스"],
  ["Kinesis란?", "Kinesis - 실시간 스트리밍 데이터 수집 서비스"],
  ["Step Functions란?", "Step Functions는 여러 서비스를 잇는 워크플로 서비스이다"],
] as const;

/** A student with one note whose cards are all suggestions (written straight to the database). */
async function studentWithSuggestions() {
  const user = await createUser({ email: uniqueEmail("cards"), password, timeZone: "UTC" });
  const source = `# 이벤트 서비스\n\n${DEFINITIONS.map(([, back]) => `- ${back}`).join("\n")}\n`;
  const note = await db().note.create({
    data: {
      userId: user.id,
      path: "aws/events.md",
      title: "이벤트 서비스",
      subject: "AWS",
      tags: ["events"],
      source,
      contentHash: randomUUID(),
      cards: {
        create: DEFINITIONS.map(([front, back], index) => ({
          userId: user.id,
          key: `s${index}`,
          type: "basic",
          origin: "heading",
          front,
          back,
          line: index + 3,
          status: "suggested" as const,
        })),
      },
    },
  });
  return { user, note };
}

async function statusesOf(noteId: string) {
  const cards = await db().card.findMany({ where: { noteId }, orderBy: { line: "asc" } });
  return cards.map((card) => card.status);
}

async function importFile(page: Page, name: string, content: string) {
  await page.goto(`${baseUrl}/notes`);
  await page
    .getByLabel(/Import notes|노트 가져오기/)
    .setInputFiles([{ name, mimeType: "text/markdown", buffer: Buffer.from(content) }]);
  await page.getByRole("button", { name: /^(Import|가져오기)$/ }).click();
  await page.getByTestId("import-summary").waitFor();
}

test("suggestions on the note page: drop and accept the selected ones by keyboard, then accept all", async () => {
  const { user, note } = await studentWithSuggestions();
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/notes/${note.id}`);
  const group = page.getByTestId("suggestion-group");
  await group.waitFor();
  await expect(page.getByTestId("suggested-card").count()).resolves.toBe(5);

  // Keyboard only: focus a suggestion's checkbox, Space ticks it; focus a button, Enter presses it.
  await page.getByRole("checkbox", { name: "EventBridge란?" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("checkbox", { name: "SQS란?" }).focus();
  await page.keyboard.press("Space");
  await group.getByText("2 selected").waitFor();
  await group.getByRole("button", { name: "Drop selected" }).focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("suggestion-status").getByText("2 cards dropped.").waitFor();
  await expect(page.getByTestId("suggested-card").count()).resolves.toBe(3);
  expect(await statusesOf(note.id)).toEqual(["dropped", "dropped", "suggested", "suggested", "suggested"]);
  // Focus went to the result, not lost on the page body.
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
    "suggestion-status",
  );

  await page.getByRole("checkbox", { name: "SNS란?" }).check();
  await group.getByRole("button", { name: "Accept selected" }).click();
  await page.getByTestId("suggestion-status").getByText("1 card accepted.").waitFor();
  await group.getByRole("button", { name: "Accept all" }).click();
  await page.getByTestId("suggestion-group").waitFor({ state: "detached" });
  expect(await statusesOf(note.id)).toEqual(["dropped", "dropped", "active", "active", "active"]);
  await page.close();
});

test("a quiz built from accepted suggestions never repeats the question's subject in its options", async () => {
  const { user, note } = await studentWithSuggestions();
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/notes/${note.id}`);
  await page.getByTestId("suggestion-group").getByRole("button", { name: "Accept all" }).click();
  await page.getByTestId("suggestion-group").waitFor({ state: "detached" });

  await page.goto(`${baseUrl}/quiz`);
  await page.getByRole("radio", { name: "Notes" }).check({ force: true });
  await page.getByText("이벤트 서비스").click();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  const quizId = page.url().split("/").at(-1)!;
  const row = await db().quiz.findUniqueOrThrow({ where: { id: quizId }, select: { questions: true } });
  const questions = (row.questions as unknown as StoredQuestions).questions;
  expect(questions).toHaveLength(5);
  const subjects = DEFINITIONS.map(([front]) => front.replace(/란\?$/, ""));
  const texts = questions.flatMap((q) => (q.type === "multiple-choice" ? [...q.options, q.expected] : [q.expected]));
  expect(texts.length).toBeGreaterThanOrEqual(5);
  for (const text of texts) for (const subject of subjects) expect(text.startsWith(subject)).toBe(false);
  // On screen too: the first question's options (or expected text) read without the subject.
  await page.getByTestId("quiz-progress").waitFor();
  const shown = await page.locator("[data-testid=quiz-option]").allTextContents();
  for (const text of shown) for (const subject of subjects) expect(text.trim().startsWith(subject)).toBe(false);
  await screenshot(page, "quiz-from-suggestions");
  await page.close();
});

const lambdaNote = (timeout: string) => `# Lambda limits

Maximum timeout::${timeout}

Default concurrency::1,000 per Region
`;

test("edit a card, re-import its note (edit kept), change the note (both versions), pick one", async () => {
  const user = await createUser({ email: uniqueEmail("editor"), password, timeZone: "UTC" });
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await importFile(page, "lambda.md", lambdaNote("15 minutes"));
  await page.getByRole("link", { name: /Lambda limits/ }).click();
  const card = page.getByTestId("note-card").filter({ hasText: "Maximum timeout" });
  await card.getByTestId("card-edit").click();
  const editor = card.getByTestId("card-editor");
  await editor.getByLabel("Back (answer)").fill("**15 min** (900 s)");
  await editor.getByTestId("card-editor-preview").click();
  await expect(editor.getByTestId("card-preview").innerHTML()).resolves.toContain("<strong>15 min</strong>");
  await editor.getByTestId("card-editor-save").click();
  await card.getByTestId("card-edited").waitFor();
  await expect(card.locator("strong").textContent()).resolves.toBe("15 min");

  await importFile(page, "lambda.md", lambdaNote("15 minutes"));
  await page.getByRole("link", { name: /Lambda limits/ }).click();
  await expect(card.locator("strong").textContent()).resolves.toBe("15 min");
  await expect(card.getByTestId("card-conflict").count()).resolves.toBe(0);

  await importFile(page, "lambda.md", lambdaNote("900 seconds"));
  await page.getByRole("link", { name: /Lambda limits/ }).click();
  const conflict = card.getByTestId("card-conflict");
  await expect(conflict.getByTestId("version-mine").textContent()).resolves.toContain("15 min (900 s)");
  await expect(conflict.getByTestId("version-note").textContent()).resolves.toContain("900 seconds");
  await screenshot(page, "card-conflict");
  await conflict.getByTestId("keep-note").click();
  await conflict.waitFor({ state: "detached" });
  await card.getByText("900 seconds").waitFor();
  const stored = await db().card.findFirstOrThrow({ where: { userId: user.id, front: "Maximum timeout" } });
  expect([stored.back, stored.editedAt, stored.conflictFront]).toEqual(["900 seconds", null, null]);

  // A card of one's own, added from the note page.
  await page.getByTestId("card-add").click();
  const adder = page.getByTestId("card-editor").filter({ hasText: "Add a card to this note" });
  await adder.getByLabel("Front (question)").fill("Lambda max memory?");
  await adder.getByLabel("Back (answer)").fill("10,240 MB");
  await adder.getByTestId("card-editor-save").click();
  await page.getByTestId("note-card").filter({ hasText: "Lambda max memory?" }).waitFor();
  await page.close();
});

test("the card browser: search, bulk suspend; screenshots of it and the note page in both languages", async () => {
  const { user, note } = await studentWithSuggestions();
  await db().card.updateMany({
    where: { noteId: note.id, key: { in: ["s0", "s1", "s2"] } },
    data: { status: "active" },
  });
  const page = await (await browser()).newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  await page.getByRole("navigation").getByRole("link", { name: "Cards" }).click();
  await page.waitForURL(`${baseUrl}/cards`);
  await expect(page.getByTestId("browser-total").textContent()).resolves.toBe("5 cards");

  await page.getByTestId("browser-q").fill("서비스");
  await page.getByLabel("Status").selectOption("active");
  await page.getByTestId("browser-search").click();
  await page.waitForURL(/q=/);
  await expect(page.getByTestId("browser-total").textContent()).resolves.toBe("2 cards"); // SQS, SNS
  await page.getByTestId("card-select-all").check();
  await page.getByTestId("bulk-suspend").click();
  await page.getByTestId("bulk-status").getByText("2 cards changed.").waitFor();
  const suspended = await db().card.findMany({
    where: { noteId: note.id, status: "suspended" },
    select: { front: true },
  });
  expect(suspended.map((c) => c.front).sort()).toEqual(["SNS란?", "SQS란?"]);

  for (const locale of ["en", "ko"] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
    for (const [width, height, size] of [
      [1280, 900, "desktop"],
      [390, 844, "phone"],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/cards`);
      await page.getByTestId("card-browser").waitFor();
      // The navigation fits the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `cards-browser-${locale}-${size}`);
      await page.goto(`${baseUrl}/notes/${note.id}`);
      await page.getByTestId("suggestion-group").waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `note-suggestions-${locale}-${size}`);
    }
  }
  await page.close();
});
