import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { browser, screenshot, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "language-test-pass-1";

test("an account made on the Korean sign-up page gets Korean mail, and its times read 오전/오후", async () => {
  const context = await (await browser()).newContext({ locale: "ko-KR", timezoneId: "Asia/Seoul" });
  const page = await context.newPage();
  const email = uniqueEmail("hangul");
  await signUp(page, baseUrl, email, password);
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  expect(user.locale).toBe("ko");

  await page.goto(`${baseUrl}/settings`);
  await page.getByRole("button", { name: "테스트 요약 지금 보내기" }).click();
  await expect.poll(() => db().outboxMessage.count({ where: { userId: user.id } }), { timeout: 15_000 }).toBe(1);
  const message = await db().outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
  expect(message.subject).toMatch(/[가-힣]/);
  expect(message.html).toContain('lang="ko"');

  await page.goto(`${baseUrl}/outbox`);
  const listed = (await page.getByTestId("outbox-list").locator("p").first().textContent()) ?? "";
  expect(listed).toMatch(/오[전후] \d{1,2}:\d{2}/);
  expect(listed).not.toMatch(/\b[AP]M\b/);
  await page.getByTestId("outbox-list").getByRole("link").first().click();
  await page.getByTestId("outbox-headers").waitFor();
  await screenshot(page, "language-ko-digest-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "language-ko-digest-390");
  await context.close();
});

test("an account made on the English page is stored as English, not left unset", async () => {
  const context = await (await browser()).newContext({ locale: "en-US" });
  const page = await context.newPage();
  const email = uniqueEmail("english");
  await signUp(page, baseUrl, email, password);
  await expect(db().user.findUniqueOrThrow({ where: { email } })).resolves.toMatchObject({ locale: "en" });
  await context.close();
});
