import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { browser, screenshot, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

const cornell = `---
⭕과목: AWS
tags: [sqs]
---
# SQS 기본

## 단서 질문
- 메시지 보존 기간의 최댓값은?
    14일
- Visibility timeout이란?
    다른 소비자에게 메시지가 보이지 않는 시간

See [[Lecture bullets]] and [a trap](javascript:alert(1)).

<script>window.__owned = true</script>
<img src=x onerror="window.__owned = true">
`;

const bullets = `# Lecture bullets

## Dead-letter queues
- Messages that fail maxReceiveCount times move to the DLQ
- Keep the DLQ retention longer than the source queue
`;

test("upload notes, read them rendered and sanitized, accept a suggestion and suspend a card", async () => {
  const page = await (await browser()).newPage({ locale: "en-US" });
  const email = uniqueEmail("notes");
  await signUp(page, baseUrl, email, "notes-test-pass-1");
  await page.goto(`${baseUrl}/notes`);
  await page.getByLabel("Import notes").setInputFiles([
    { name: "sqs.md", mimeType: "text/markdown", buffer: Buffer.from(cornell) },
    { name: "lecture.md", mimeType: "text/markdown", buffer: Buffer.from(bullets) },
    { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) },
  ]);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const summary = page.getByTestId("import-summary");
  await summary.waitFor();
  await expect(summary.textContent()).resolves.toContain("Notes: 2 added");
  await expect(summary.textContent()).resolves.toContain("Skipped photo.png");
  await screenshot(page, "notes-list");

  await page.getByRole("link", { name: /SQS 기본/ }).click();
  await page.getByTestId("note-body").waitFor();
  const body = await page.getByTestId("note-body").innerHTML();
  expect(body).toContain("메시지 보존 기간의 최댓값은?");
  expect(body).not.toContain("<script");
  expect(body).not.toContain("onerror");
  expect(body).not.toContain("javascript:");
  expect(await page.evaluate(() => (window as unknown as { __owned?: boolean }).__owned)).toBeUndefined();
  await expect(page.getByRole("link", { name: "Lecture bullets" }).getAttribute("href")).resolves.toMatch(/^\/notes\//);
  await expect(page.getByTestId("note-card").count()).resolves.toBe(2);
  await screenshot(page, "note-page");

  await page.getByTestId("note-card").first().getByRole("button", { name: "Suspend" }).click();
  await page.locator('[data-testid="note-card"][data-status="suspended"]').waitFor();

  await page.getByRole("link", { name: "Lecture bullets" }).click();
  await page.getByTestId("suggested-card").first().getByRole("checkbox").check();
  await page.getByRole("button", { name: "Accept selected" }).click();
  await page.locator('[data-testid="note-card"][data-status="active"]').waitFor();

  const statuses = await db().card.groupBy({ by: ["status"], where: { user: { email } }, _count: true });
  expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toMatchObject({ suspended: 1, active: 2 });
});

test("a large note (rendered in the worker pool) shows sanitized, with its cards and working links", async () => {
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signUp(page, baseUrl, uniqueEmail("big-notes"), "notes-test-pass-1");
  const sections = Array.from(
    { length: 150 },
    (_, index) =>
      `## Topic ${index}\n\n- Limit ${index}::${index * 10} per second\n- detail line for topic ${index}, long enough to add up: ${"lorem ipsum ".repeat(8)}\n`,
  );
  const large = `${cornell}\n${sections.join("\n")}`;
  expect(large.length).toBeGreaterThan(16 * 1024);
  await page.goto(`${baseUrl}/notes`);
  await page.getByLabel("Import notes").setInputFiles([
    { name: "large.md", mimeType: "text/markdown", buffer: Buffer.from(large) },
    { name: "lecture.md", mimeType: "text/markdown", buffer: Buffer.from(bullets) },
  ]);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-summary").waitFor();
  await page.getByRole("link", { name: /SQS 기본/ }).click();
  const body = page.getByTestId("note-body");
  await body.waitFor();
  const html = await body.innerHTML();
  expect(html).toContain("Topic 149");
  expect(html).not.toContain("<script");
  expect(html).not.toContain("javascript:");
  await expect(page.getByRole("link", { name: "Lecture bullets" }).getAttribute("href")).resolves.toMatch(/^\/notes\//);
  // 152 cards, shown 100 to a page (issue 19: only the shown cards are rendered); the rest on page 2.
  await expect(page.getByTestId("note-card").count()).resolves.toBe(100);
  await page.goto(`${page.url().split(/[?#]/)[0]}?page=2`);
  await page.getByTestId("note-body").waitFor();
  await expect(page.getByTestId("note-card").count()).resolves.toBe(52);
  await expect(page.getByTestId("note-card").last().textContent()).resolves.toContain("1490 per second");
});
