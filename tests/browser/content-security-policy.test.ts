/**
 * The app works under its strict Content-Security-Policy: every main page, in both languages, with the
 * interactions that load more code (an answer in review, a simulator run in its web worker, the service
 * worker), and not one CSP violation reported by the browser.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { importVault } from "@/lib/db/import/import-vault";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "csp-test-pass-1";

const note = `# Lambda limits

Max timeout::15 minutes
Default concurrency::1,000 per Region
Memory::128 MB to 10,240 MB
`;

/** Collects violations two ways: the DOM event (any frame or worker start) and the console's "Refused to …". */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding("reportCspViolation", (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  context.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`);
  // The policy really is in force (so "no violations" means something): a fresh nonce on Next's scripts.
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  // Browsers hide the nonce attribute after parsing; the property keeps it.
  const nonced = await page.evaluate(
    (expected) => [...document.scripts].filter((script) => script.nonce === expected).length,
    nonce,
  );
  expect(nonced, path).toBeGreaterThan(0);
}

for (const locale of ["en-US", "ko-KR"] as const) {
  test(`every main page works with no CSP violation (${locale})`, async () => {
    const user = await createUser({ email: uniqueEmail("csp"), password, locale: locale.slice(0, 2), timeZone: "UTC" });
    await importVault({ userId: user.id, files: [{ path: "aws/lambda.md", content: note }] });
    const stored = await db().note.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
    const context = await (await browser()).newContext({ locale });
    const violations = await watchViolations(context);
    const page = await context.newPage();

    await visit(page, "/sign-up");
    await visit(page, "/sign-in");
    await signIn(page, baseUrl, user.email, password);
    await visit(page, "/");
    // The service worker registers under the policy (worker-src).
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null), {
        timeout: 30_000,
      })
      .toBe("activated");

    await visit(page, "/review");
    await page.getByTestId("card-front").waitFor();
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("2");
    await expect.poll(() => db().review.count({ where: { userId: user.id } }), { timeout: 20_000 }).toBe(1);

    for (const path of ["/notes", `/notes/${stored.id}`, "/cards", "/quiz", "/exam", "/settings", "/stats"]) {
      await visit(page, path);
      await page.locator("main").waitFor();
    }

    // The simulator runs in a module web worker.
    await visit(page, "/simulator?preset=cold-start-storm");
    await page.getByTestId("run-status").and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });

    expect(violations).toEqual([]);
    await context.close();
  }, 300_000);
}
