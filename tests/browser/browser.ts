import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** Debian's Chromium, headless, with the flags that keep it off this network's closed hosts. */
function launchOptions() {
  const executablePath = CANDIDATES.find((candidate) => candidate && fs.existsSync(candidate));
  if (!executablePath)
    throw new Error("No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.");
  return {
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * A Chromium with a real profile in `userDataDir` (not incognito, unlike `browser().newContext()`): what
 * checks that refuse incognito windows, such as installability, need.
 */
export async function launchProfile(userDataDir: string, locale: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...launchOptions(), locale });
}

let shared: Promise<Browser> | null = null;

/** This test file's Chromium, launched on first use and closed by tests/setup/browser-file.ts. */
export function browser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const current = shared;
  shared = null;
  await (await current)?.close();
}

export const screenshotDir = path.resolve("test-output", "screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

let counter = 0;
/** A unique email for each account a test creates, so tests never share data. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

export async function signUp(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel(/^(Email|이메일)$/).fill(email);
  await page.getByLabel(/^(Password|비밀번호)/).fill(password);
  await page.getByRole("button", { name: /Create account|계정 만들기/ }).click();
  await page.waitForURL(`${baseUrl}/`);
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/^(Email|이메일)$/).fill(email);
  await page.getByLabel(/^(Password|비밀번호)/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|로그인)$/ }).click();
  await page.waitForURL(`${baseUrl}/`);
}
