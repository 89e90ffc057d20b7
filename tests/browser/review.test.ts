import { randomUUID } from "node:crypto";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");

/** Two cards first studied yesterday (due today at checkpoint 1) and two new cards. */
async function seedStudent() {
  const password = "review-test-pass-1";
  const user = await createUser({ email: uniqueEmail("reviewer"), password, timeZone: "UTC" });
  const note = await db().note.create({
    data: {
      userId: user.id,
      path: "lambda.md",
      title: "Lambda basics",
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: ["Max timeout?", "Default concurrency?", "Memory range?", "Cold start?"].map((front, index) => ({
          userId: user.id,
          key: `k${index}`,
          type: "basic",
          origin: "inline",
          front: `**${front}**`,
          back: `Answer ${index}`,
          line: index + 3,
        })),
      },
    },
    include: { cards: { orderBy: { line: "asc" } } },
  });
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
  for (const card of note.cards.slice(0, 2)) {
    await recordReview({
      userId: user.id,
      cardId: card.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: yesterday,
    });
  }
  return { user, password };
}

test("study new cards and review due ones with the keyboard, surviving a reload, then see the summary", async () => {
  const { user, password } = await seedStudent();
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/review`);
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("4 cards left");
  await expect(page.getByTestId("card-front").innerHTML()).resolves.toContain("<strong>");
  await screenshot(page, "review-front");

  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press("2");
  await page.getByTestId("cards-left").filter({ hasText: "3 cards left" }).waitFor();

  // The answer is stored on the server, so a reload resumes with the remaining three.
  await expect.poll(() => db().review.count({ where: { userId: user.id } })).toBe(3);
  await page.reload();
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("3 cards left");

  for (const key of ["1", "2", "2"]) {
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press(key);
  }
  const summary = page.getByTestId("review-summary");
  await summary.waitFor();
  await page.getByTestId("summary-Due tomorrow").filter({ hasText: /^\d+$/ }).waitFor();
  await screenshot(page, "review-summary");
  await expect(page.getByTestId("summary-Reviewed").textContent()).resolves.toBe("4");
  await expect(page.getByTestId("summary-Forgotten").textContent()).resolves.toBe("1");
  // Forgotten card + two first-studied cards are due tomorrow; the remembered one waits for day 4.
  await expect(page.getByTestId("summary-Due tomorrow").textContent()).resolves.toBe("3");
  await expect(db().review.count({ where: { userId: user.id } })).resolves.toBe(6);
});

test("answers given while offline are kept and sent once the connection is back", async () => {
  const { user, password } = await seedStudent();
  const context = await (await browser()).newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/review`);
  await page.getByTestId("cards-left").filter({ hasText: "4 cards left" }).waitFor();

  await context.setOffline(true);
  for (const key of ["2", "2"]) {
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press(key);
  }
  await page.getByText("Offline: 2 answers will be sent").waitFor();
  await expect(db().review.count({ where: { userId: user.id } })).resolves.toBe(2);

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect.poll(() => db().review.count({ where: { userId: user.id } }), { timeout: 15_000 }).toBe(4);
  // A reload after reconnecting resumes with the two cards not yet answered.
  await page.reload();
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("2 cards left");
  await context.close();
});
