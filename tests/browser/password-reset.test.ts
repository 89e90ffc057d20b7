import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

/** The path of the reset link in the newest password-reset mail of the account (the outbox: no SMTP in tests). */
async function mailedResetPath(userId: string): Promise<string> {
  await expect
    .poll(() => db().outboxMessage.count({ where: { userId, kind: "password-reset" } }), { timeout: 15_000 })
    .toBe(1);
  const mail = await db().outboxMessage.findFirstOrThrow({ where: { userId, kind: "password-reset" } });
  expect(mail.subject).toBe("Recall: 새 비밀번호 정하기");
  const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no reset link in: ${mail.text}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** The forgot-password form, filled in and sent; resolves once the page gives its (always the same) answer. */
async function askForLink(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole("link", { name: "비밀번호를 잊으셨나요?" }).click();
  await page.waitForURL(/\/forgot-password$/);
  await page.getByLabel("이메일").fill(email);
  await page.getByRole("button", { name: "링크 보내기" }).click();
  await expect(page.getByTestId("reset-sent").textContent()).resolves.toContain("이 주소로 가입된 계정이 있으면");
}

test("an address without an account gets the same answer, and no mail is stored", async () => {
  const context = await (await browser()).newContext({ locale: "ko-KR" });
  const email = `nobody-${randomUUID()}@example.test`;
  await askForLink(await context.newPage(), email);
  await expect(db().passwordResetRequest.count({ where: { email } })).resolves.toBe(1);
  await expect(db().outboxMessage.count({ where: { to: email } })).resolves.toBe(0);
  await context.close();
});

test("forgot password in Korean: request, mailed link, new password, old session signed out", async () => {
  const oldPassword = "reset-test-pass-1";
  const newPassword = "새로운-비밀번호-2";
  const user = await createUser({ email: uniqueEmail("forgetful"), password: oldPassword });
  const signedIn = await (await browser()).newContext({ locale: "ko-KR" });
  const oldSession = await signedIn.newPage();
  await signIn(oldSession, baseUrl, user.email, oldPassword);

  const context = await (await browser()).newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await askForLink(page, user.email);
  await screenshot(page, "password-reset-sent");
  const resetPath = await mailedResetPath(user.id);

  await page.goto(`${baseUrl}${resetPath}`);
  await page.getByLabel(/^새 비밀번호/).fill("short");
  await page.getByRole("button", { name: "새 비밀번호 저장" }).click();
  await page.getByTestId("form-error").filter({ hasText: "더 안전한 비밀번호" }).waitFor();
  await page.getByLabel(/^새 비밀번호/).fill(newPassword);
  await page.getByRole("button", { name: "새 비밀번호 저장" }).click();
  await page.getByTestId("reset-done").waitFor();
  await screenshot(page, "password-reset-done");
  // Nothing was signed in by the reset.
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/sign-in/);

  await signIn(page, baseUrl, user.email, newPassword);
  await page.getByTestId("user-email").waitFor();

  // The session from before the reset is gone.
  await oldSession.goto(`${baseUrl}/`);
  await oldSession.waitForURL(/\/sign-in/);

  // The link worked once.
  const again = await (await browser()).newContext({ locale: "ko-KR" });
  const reuse = await again.newPage();
  await reuse.goto(`${baseUrl}${resetPath}`);
  await reuse.getByLabel(/^새 비밀번호/).fill("또-다른-비밀번호-3");
  await reuse.getByRole("button", { name: "새 비밀번호 저장" }).click();
  await reuse.getByTestId("form-error").filter({ hasText: "더 이상 쓸 수 없습니다" }).waitFor();
  await Promise.all([signedIn.close(), context.close(), again.close()]);
});
