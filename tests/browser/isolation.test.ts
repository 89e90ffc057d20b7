import { expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { browser, signIn, uniqueEmail } from "./browser";
import { createUser } from "@/lib/db/users/create-user";

const baseUrl = inject("baseUrl");

test("one student's note is not reachable by another", async () => {
  const password = "isolation-test-7";
  const owner = await createUser({ email: uniqueEmail("owner"), password });
  const other = await createUser({ email: uniqueEmail("other"), password });
  const note = await db().note.create({
    data: {
      userId: owner.id,
      path: "private.md",
      title: "Owner's private note",
      source: "# Owner's private note",
      contentHash: "x",
      cards: {
        create: {
          userId: owner.id,
          key: "k1",
          type: "basic",
          origin: "inline",
          front: "Secret front",
          back: "b",
          line: 1,
        },
      },
    },
  });

  const ownerPage = await (await browser()).newPage({ locale: "en-US" });
  await signIn(ownerPage, baseUrl, owner.email, password);
  await ownerPage.goto(`${baseUrl}/notes/${note.id}`);
  // The rendered note line (the card editor's textarea holds the same text).
  await expect(ownerPage.locator("p[data-line]", { hasText: "Secret front" }).isVisible()).resolves.toBe(true);

  const otherPage = await (await browser()).newPage({ locale: "en-US" });
  await signIn(otherPage, baseUrl, other.email, password);
  const response = await otherPage.goto(`${baseUrl}/notes/${note.id}`);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByText("Secret front").count()).resolves.toBe(0);
  await expect(otherPage.getByText("not yours").isVisible()).resolves.toBe(true);

  const anonymous = await (await browser()).newPage();
  await anonymous.goto(`${baseUrl}/notes/${note.id}`);
  expect(anonymous.url()).toContain("/sign-in");
});
