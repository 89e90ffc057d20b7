import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { launchBrowser } from "@/tests/browser/browser";
import { heading, ms, row } from "./format";

const SECRET = "bench-secret-not-for-production";
/** Lighthouse's slow-4G profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/**
 * The review page on a phone: its JavaScript (gzip) and load time on slow 4G, and a reload with no
 * network once the service worker has cached it. Targets from issue 20: < 150 KB, < 3 s, < 1 s.
 */
export async function runReviewPhoneBench(databaseUrl: string): Promise<void> {
  heading("Review page on a phone (slow 4G, offline reload)");
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
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addCookies([{ name: "next-auth.session-token", value: token, url: server.url }]);
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    let started = performance.now();
    await page.goto(`${server.url}/review`, { waitUntil: "load" });
    await page.getByTestId("cards-left").waitFor();
    const slowLoad = performance.now() - started;
    const jsBytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    row("review page JavaScript (gzip)", `${(jsBytes / 1024).toFixed(1)} KB in ${scripts.size} files`, "< 150 KB");
    row("load on slow 4G (cold, to first card)", ms(slowLoad), "< 3 s");

    await cdp.send("Network.emulateNetworkConditions", {
      ...SLOW_4G,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    started = performance.now();
    await page.reload({ waitUntil: "load" });
    await page.getByTestId("cards-left").waitFor();
    row("reload with no network (service worker cache)", ms(performance.now() - started), "< 1 s");
  } finally {
    await browser.close();
    await server.stop();
  }
}
