import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";

process.env.DATABASE_URL = inject("databaseUrl");

/** A fresh account per test, so tests share a database but never data. */
export async function makeUser(overrides: { timeZone?: string; dayStartHour?: number } = {}) {
  const user = await createUser({ email: `user-${randomUUID()}@example.test`, password: "integration-pass-1" });
  if (overrides.timeZone || overrides.dayStartHour !== undefined) {
    await db().user.update({ where: { id: user.id }, data: overrides });
  }
  return user;
}

/** A note with `count` new active cards (keys k0…), written straight to the database. */
export async function makeNoteWithCards(userId: string, count: number, path = `note-${randomUUID()}.md`) {
  return db().note.create({
    data: {
      userId,
      path,
      title: path,
      source: "",
      contentHash: randomUUID(),
      cards: {
        create: Array.from({ length: count }, (_, index) => ({
          userId,
          key: `k${index}`,
          type: "basic",
          origin: "inline",
          front: `Question ${index}`,
          back: `Answer ${index}`,
          line: index + 1,
        })),
      },
    },
    include: { cards: { orderBy: { line: "asc" } } },
  });
}
