import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, test } from "vitest";
import { createApiClient } from "@/cli/sync/api-client";
import { syncOnce } from "@/cli/sync/sync-once";
import { browser, screenshot, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

describe("a synced vault's images", () => {
  test("an embedded image shows on the note page and in review; a missing one is a named placeholder", async () => {
    const page = await (await browser()).newPage({ locale: "en-US" });
    await signUp(page, baseUrl, uniqueEmail("images"), "correct-horse-42");
    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId("token-name").fill("vault");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("new-token").waitFor();
    const token = await page.getByTestId("new-token").inputValue();

    const vault = await mkdtemp(path.join(os.tmpdir(), "recall-vault-"));
    await mkdir(path.join(vault, "assets"));
    await writeFile(path.join(vault, "assets", "diagram.png"), await readFile("tests/fixtures/images/diagram.png"));
    await writeFile(
      path.join(vault, "Subnets.md"),
      "# Subnets\n\n![[diagram.png|200]]\n\n![[missing.png]]\n\n![[diagram.png]] shows which prefix::a /24\n",
    );
    const summary = await syncOnce({
      vault,
      server: baseUrl,
      api: createApiClient({ server: baseUrl, token }),
      writeBack: false,
    });
    expect(summary.images).toEqual({ uploaded: 1, unchanged: 0, missing: ["missing.png"] });

    const notes = await (
      await fetch(`${baseUrl}/api/v1/notes`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    await page.goto(`${baseUrl}/notes/${notes.notes[0].id}`);
    const body = page.getByTestId("note-body");
    const image = body.locator('img[alt="diagram.png"]');
    await image.waitFor();
    await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="note-body"] img[alt="diagram.png"]');
        return img?.complete === true;
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    expect(await image.getAttribute("src")).toMatch(/^\/api\/attachments\/[\w-]{43}$/);
    await expect(body.locator(".embed-missing").textContent()).resolves.toContain("missing.png");
    await screenshot(page, "note-synced-image");

    // The card that embeds it shows it too, on the review page.
    await page.goto(`${baseUrl}/review`);
    const cardImage = page.locator('img[alt="diagram.png"]').first();
    await cardImage.waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img[alt="diagram.png"]')?.complete);
    expect(await cardImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    await page.close();
  });
});
