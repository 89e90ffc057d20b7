import { describe, expect, inject, test } from "vitest";
import { browser, screenshot, signIn, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "correct-horse-42";

describe("accounts", () => {
  test("sign up, sign out, sign in and see the dashboard", async () => {
    const page = await (await browser()).newPage({ locale: "en-US" });
    const email = uniqueEmail("student");
    await signUp(page, baseUrl, email, password);
    await expect(page.getByRole("heading", { name: "Dashboard" }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("user-email").textContent()).resolves.toBe(email);
    await screenshot(page, "dashboard-new-account");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);

    await signIn(page, baseUrl, email, password);
    await expect(page.getByRole("heading", { name: "Dashboard" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  test("bad input shows a clear message and signs nobody in", async () => {
    const page = await (await browser()).newPage({ locale: "en-US" });
    const email = uniqueEmail("careful");
    await signUp(page, baseUrl, email, password);
    await page.context().clearCookies();

    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("form-error").filter({ hasText: "do not match" }).waitFor();
    expect(page.url()).toContain("/sign-in");

    await page.goto(`${baseUrl}/sign-up`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByTestId("form-error").filter({ hasText: "already exists" }).waitFor();

    await page.getByLabel("Email").fill(uniqueEmail("weak"));
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByTestId("form-error").filter({ hasText: "stronger password" }).waitFor();
    await page.close();
  });

  test("Korean browsers get Korean pages, and the switch changes language", async () => {
    const context = await (await browser()).newContext({ locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await expect(page.getByRole("heading", { name: "Recall 로그인" }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Sign in to Recall" }).waitFor();
    await context.close();
  });
});
