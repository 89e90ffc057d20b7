import { describe, expect, inject, test } from "vitest";
import { browser, screenshot, signUp, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

describe("access tokens in Settings", () => {
  test("create shows the token once, the API accepts it, revoke refuses it at once", async () => {
    const page = await (await browser()).newPage({ locale: "en-US" });
    page.on("dialog", (dialog) => void dialog.accept());
    await signUp(page, baseUrl, uniqueEmail("tokens"), "correct-horse-42");
    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId("token-name").fill("laptop vault");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("new-token");
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token).toMatch(/^rcl_/);
    const notes = () => fetch(`${baseUrl}/api/v1/notes`, { headers: { authorization: `Bearer ${token}` } });
    expect((await notes()).status).toBe(200);

    await page.reload();
    await expect(page.getByTestId("new-token").count()).resolves.toBe(0);
    const row = page.getByTestId("token-list").locator("tr", { hasText: "laptop vault" });
    await expect(row.textContent()).resolves.toContain(token.slice(0, 8));
    await expect(row.textContent()).resolves.not.toContain(token.slice(8));
    await screenshot(page, "settings-tokens");

    await row.getByRole("button", { name: "Revoke" }).click();
    await row.getByText("Revoked").waitFor();
    expect((await notes()).status).toBe(401);
    await page.close();
  });
});
