import { decode, encode } from "next-auth/jwt";
import { describe, expect, inject, test, vi } from "vitest";
import { browser, screenshot, signIn, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "correct-horse-42";
const secret = inject("sessionSecret");

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

  test("a student who comes back every day stays signed in: the session cookie rolls", async () => {
    const context = await (await browser()).newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, baseUrl, uniqueEmail("daily"), password);
    const cookieOf = async () =>
      (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    const issued = await cookieOf();
    const claims = await decode({ token: issued?.value, secret });
    expect(claims?.uid).toBeTypeOf("string");

    // The same session, as if issued 29 days ago: one day left.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 29 * 24 * 3600 * 1000);
    const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims ?? {};
    const old = await encode({ token: rest, secret, maxAge: 30 * 24 * 3600 });
    vi.useRealTimers();
    await context.addCookies([{ ...(issued as NonNullable<typeof issued>), value: old }]);

    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    const rolled = await cookieOf();
    expect(rolled?.value).not.toBe(old);
    const renewed = await decode({ token: rolled?.value, secret });
    expect(renewed?.uid).toBe(claims?.uid);
    expect(renewed?.exp).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
    expect(rolled?.httpOnly).toBe(true);
    await context.close();
  });
});
