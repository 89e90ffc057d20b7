import { randomUUID } from "node:crypto";
import { expect, inject, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import type { Page } from "playwright-core";
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
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("Left: 2 due · 2 new");
  await expect(page.getByTestId("card-front").innerHTML()).resolves.toContain("<strong>");
  await screenshot(page, "review-front");

  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press("2");
  await page.getByTestId("cards-left").filter({ hasText: "Left: 1 due · 2 new" }).waitFor();

  // The answer is stored on the server, so a reload resumes with the remaining three.
  await expect.poll(() => db().review.count({ where: { userId: user.id } })).toBe(3);
  await page.reload();
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("Left: 1 due · 2 new");

  // The forgotten card comes back once more at the end (fewer than three others were left).
  for (const key of ["1", "2", "2", "2"]) {
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press(key);
  }
  const summary = page.getByTestId("review-summary");
  await summary.waitFor();
  await page.getByTestId("summary-due-tomorrow").filter({ hasText: /^\d+$/ }).waitFor();
  await screenshot(page, "review-summary");
  await expect(page.getByTestId("summary-answers").textContent()).resolves.toBe("5");
  await expect(page.getByTestId("summary-forgot").textContent()).resolves.toBe("1");
  // Forgotten card + two first-studied cards are due tomorrow; the remembered one waits for day 4.
  await expect(page.getByTestId("summary-due-tomorrow").textContent()).resolves.toBe("3");
  await expect(db().review.count({ where: { userId: user.id } })).resolves.toBe(6);
});

test("answers given while offline are kept and sent once the connection is back", async () => {
  const { user, password } = await seedStudent();
  const context = await (await browser()).newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/review`);
  await page.getByTestId("cards-left").filter({ hasText: "Left: 2 due · 2 new" }).waitFor();

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
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("Left: 0 due · 2 new");
  await context.close();
});

async function answerWith(page: Page, key: "1" | "2") {
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press(key);
}

const recorded = (userId: string) => db().review.count({ where: { userId, undoneAt: null } });

test("forgotten cards come back in the session without another ladder review; every answer counts", async () => {
  const { user, password } = await seedStudent();
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/review`);
  const left = page.getByTestId("cards-left");
  await left.filter({ hasText: "Left: 2 due · 2 new" }).waitFor();
  const firstFront = await page.getByTestId("card-front").innerHTML();

  // Forgot all four (two due, two new), then the first again on its return: five "forgot" answers.
  for (let i = 0; i < 4; i++) await answerWith(page, "1");
  await left.filter({ hasText: "Left: 0 due · 0 new · 4 again" }).waitFor();
  await expect(page.getByTestId("card-front").innerHTML()).resolves.toBe(firstFront);
  await answerWith(page, "1");
  for (let i = 0; i < 4; i++) await answerWith(page, "2");
  await page.getByTestId("review-summary").waitFor();
  await expect(page.getByTestId("summary-answers").textContent()).resolves.toBe("9");
  await expect(page.getByTestId("summary-forgot").textContent()).resolves.toBe("5");

  // Only the four first answers reach the ladder; every card is due tomorrow, none today.
  await expect.poll(() => recorded(user.id)).toBe(6);
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const cards = await db().card.findMany({ where: { userId: user.id }, select: { dueOn: true } });
  expect(cards.map((card) => card.dueOn?.toISOString().slice(0, 10))).toEqual([tomorrow, tomorrow, tomorrow, tomorrow]);

  // Undo on the summary takes back the last step: the card is shown again and the counts go back.
  await page.getByTestId("undo").click();
  await left.filter({ hasText: "Left: 0 due · 0 new · 1 again" }).waitFor();
  await answerWith(page, "2");
  await expect(page.getByTestId("summary-answers").textContent()).resolves.toBe("9");
  await expect(recorded(user.id)).resolves.toBe(6);
});

test("undo after an answer, with Ctrl+Z or the button, also on the server", async () => {
  const { user, password } = await seedStudent();
  const page = await (await browser()).newPage({ locale: "en-US" });
  await signIn(page, baseUrl, user.email, password);
  await page.goto(`${baseUrl}/review`);
  const left = page.getByTestId("cards-left");
  await left.filter({ hasText: "Left: 2 due · 2 new" }).waitFor();
  const firstFront = await page.getByTestId("card-front").innerHTML();
  const firstCard = await db().card.findFirstOrThrow({ where: { userId: user.id }, orderBy: { line: "asc" } });

  await answerWith(page, "2");
  await expect.poll(() => recorded(user.id)).toBe(3);
  await page.keyboard.press("Control+z");
  await left.filter({ hasText: "Left: 2 due · 2 new" }).waitFor();
  await expect(page.getByTestId("card-front").innerHTML()).resolves.toBe(firstFront);
  await expect.poll(() => recorded(user.id)).toBe(2);
  await expect(db().card.findUniqueOrThrow({ where: { id: firstCard.id } })).resolves.toMatchObject({
    reps: firstCard.reps,
    checkpoint: firstCard.checkpoint,
  });

  await answerWith(page, "1");
  await left.filter({ hasText: "Left: 1 due · 2 new · 1 again" }).waitFor();
  await page.getByTestId("undo").click();
  await left.filter({ hasText: "Left: 2 due · 2 new" }).waitFor();
  await expect.poll(() => recorded(user.id)).toBe(2);
  await answerWith(page, "2");
  await expect.poll(() => recorded(user.id)).toBe(3);
  await expect(db().review.count({ where: { userId: user.id, undoneAt: { not: null } } })).resolves.toBeLessThanOrEqual(
    2,
  );
});
