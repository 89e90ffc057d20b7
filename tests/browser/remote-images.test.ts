import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Stands in for a remote image host: another origin, counting what reaches it. */
let host: http.Server;
const hits: string[] = [];
let imageUrl = "";

beforeAll(async () => {
  host = http.createServer((request, response) => {
    hits.push(request.url ?? "");
    response.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
    response.end(PIXEL);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  imageUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/chart.png`;
});

afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test("remote images wait for a click; with the setting on they load at once", async () => {
  const password = "remote-images-pass-1";
  const user = await createUser({ email: uniqueEmail("images"), password });
  const note = await db().note.create({
    data: {
      userId: user.id,
      path: "images.md",
      title: "Images",
      source: `# Images\n\nA chart: ![chart](${imageUrl})\n`,
      contentHash: randomUUID(),
    },
  });
  const context = await (await browser()).newContext({ locale: "en-US" });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await signIn(page, baseUrl, user.email, password);

  await page.goto(`${baseUrl}/notes/${note.id}`);
  const placeholder = page.locator("span.remote-image");
  await placeholder.getByRole("button", { name: "Load images" }).waitFor();
  await expect(placeholder.textContent()).resolves.toContain(new URL(imageUrl).host);
  await screenshot(page, "remote-image-placeholder");
  expect(requested.filter((url) => url.startsWith(imageUrl))).toEqual([]);
  expect(hits).toEqual([]);

  await placeholder.getByRole("button", { name: "Load images" }).click();
  await page.locator('img[data-remote-image="loaded"]').waitFor();
  await expect.poll(() => hits.length).toBe(1);
  expect(requested.filter((url) => url.startsWith(imageUrl))).toHaveLength(1);

  await page.goto(`${baseUrl}/settings`);
  const setting = page.getByTestId("remote-images-setting");
  await setting.getByLabel("Always load images from other websites").check();
  await setting.getByTestId("remote-images-status").filter({ hasText: "Saved." }).waitFor();
  await page.goto(`${baseUrl}/notes/${note.id}`);
  await page.locator('img[data-remote-image="loaded"]').waitFor();
  await expect.poll(() => hits.length).toBe(2);
  await context.close();
});
