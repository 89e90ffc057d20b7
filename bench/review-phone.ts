import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { launchBrowser } from "@/tests/browser/browser";
import { heading, ms, row } from "./format";

const SECRET = "bench-secret-not-for-production";
/** Lighthouse's slow-4G profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, a 4× slower CPU. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = { width: 390, height: 844 };

/** A phone-sized page on slow 4G and a slow CPU that counts the (gzipped) scripts it loads. */
async function phonePage(context: BrowserContext): Promise<{
  page: Page;
  cdp: CDPSession;
  scripts: Map<string, number>;
  documents: Map<string, number>;
}> {
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  const documents = new Map<string, number>();
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "document") return;
    const body = await response.body().catch(() => null);
    if (body) (type === "script" ? scripts : documents).set(response.url(), gzipSync(body).length);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return { page, cdp, scripts, documents };
}

/** Cold load (empty cache) of `url` until `ready` shows: milliseconds and gzipped script bytes. */
async function coldLoad(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>) {
  const { page, cdp, scripts, documents } = await phonePage(context);
  const started = performance.now();
  await page.goto(url, { waitUntil: "load" });
  await ready(page);
  const elapsed = performance.now() - started;
  const bytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  const html = [...documents.values()].reduce((sum, size) => sum + size, 0);
  return { page, cdp, elapsed, bytes, files: scripts.size, html };
}

const kb = (bytes: number, files: number) => `${(bytes / 1024).toFixed(1)} KB in ${files} files`;

/**
 * The review page on a phone: its JavaScript (gzip) and cold load on slow 4G with a 4× slower CPU (to its
 * first card), and a reload with no network once the service worker has cached it. Targets from issue 20:
 * < 150 KB, < 3 s, < 1 s. Baseline in the same run: the sign-in page, cold, on the same profile.
 */
export async function runReviewPhoneBench(databaseUrl: string): Promise<void> {
  heading("Review page on a phone (slow 4G, 4x CPU slowdown, offline reload)");
  const user = await createUser({ email: `phone-${randomUUID()}@bench.test`, password: "bench-password-1" });
  await db().note.create({
    data: {
      userId: user.id,
      path: "phone.md",
      title: "Phone",
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: Array.from({ length: 20 }, (_, i) => ({
          userId: user.id,
          key: `k${i}`,
          type: "basic",
          origin: "inline",
          front: `Question ${i}?`,
          back: `Answer ${i}`,
          line: i + 1,
        })),
      },
    },
  });
  const token = await encode({ token: { uid: user.id, email: user.email, sub: user.id }, secret: SECRET });
  buildIfNeeded();
  const server = await startAppServer({ databaseUrl, port: await findFreePort(3960), secret: SECRET, quiet: true });
  const browser = await launchBrowser();
  try {
    const anonymous = await browser.newContext({ viewport: PHONE });
    const baseline = await coldLoad(anonymous, `${server.url}/sign-in`, (page) =>
      page.getByRole("button", { name: /^(Sign in|로그인)$/ }).waitFor(),
    );
    await anonymous.close();

    const context = await browser.newContext({ viewport: PHONE });
    await context.addCookies([{ name: "next-auth.session-token", value: token, url: server.url }]);
    const review = await coldLoad(context, `${server.url}/review`, (page) => page.getByTestId("cards-left").waitFor());
    row("baseline: sign-in page JavaScript (gzip)", kb(baseline.bytes, baseline.files));
    row("review page JavaScript (gzip)", kb(review.bytes, review.files), "< 150 KB");
    row("baseline: sign-in page HTML (gzip, inline data)", `${(baseline.html / 1024).toFixed(1)} KB`);
    row("review page HTML (gzip, today's queue, messages)", `${(review.html / 1024).toFixed(1)} KB`);
    row("baseline: sign-in page cold load", ms(baseline.elapsed));
    row("review page cold load (to first card)", ms(review.elapsed), "< 3 s");

    // Once the service worker controls the page and holds it (a controlled load on a fast network), the
    // reload with no network at all, still on the slow CPU.
    const { page, cdp } = review;
    await cdp.send("Network.emulateNetworkConditions", {
      ...SLOW_4G,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByTestId("cards-left").waitFor();
    let started = performance.now();
    await page.reload({ waitUntil: "load" });
    await page.getByTestId("cards-left").waitFor();
    const onlineReload = performance.now() - started;
    await context.setOffline(true);
    started = performance.now();
    await page.reload({ waitUntil: "load" });
    await page.getByTestId("offline-state").waitFor();
    row("baseline: reload online (fast network)", ms(onlineReload));
    row("reload with no network (service worker cache)", ms(performance.now() - started), "< 1 s");
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}
