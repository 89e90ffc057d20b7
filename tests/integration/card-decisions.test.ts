import { describe, expect, test } from "vitest";
import { setCardsStatus } from "@/lib/db/cards/set-cards-status";
import { db } from "@/lib/db/client";
import { makeNoteWithCards, makeUser } from "./helpers";

async function noteWithSuggestions(userId: string, count: number) {
  const note = await makeNoteWithCards(userId, count);
  await db().card.updateMany({ where: { noteId: note.id }, data: { status: "suggested" } });
  return note;
}

const statuses = async (noteId: string) =>
  (await db().card.findMany({ where: { noteId }, orderBy: { line: "asc" } })).map((card) => card.status);

describe("deciding many suggestions at once", () => {
  test("accepts the selected ones, drops others, and accept-all takes the rest of the note only", async () => {
    const user = await makeUser();
    const note = await noteWithSuggestions(user.id, 4);
    const other = await noteWithSuggestions(user.id, 2);
    const [a, b, c] = note.cards;

    expect(await setCardsStatus({ userId: user.id, action: "accept", cardIds: [a!.id] })).toEqual({ changed: 1 });
    expect(await setCardsStatus({ userId: user.id, action: "drop", cardIds: [b!.id, c!.id] })).toEqual({ changed: 2 });
    expect(await statuses(note.id)).toEqual(["active", "dropped", "dropped", "suggested"]);

    // Only suggestions move: the accepted and dropped ones stay as they are.
    expect(await setCardsStatus({ userId: user.id, action: "accept", noteId: note.id })).toEqual({ changed: 1 });
    expect(await statuses(note.id)).toEqual(["active", "dropped", "dropped", "active"]);
    expect(await statuses(other.id)).toEqual(["suggested", "suggested"]);
  });

  test("another user's cards are never changed", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const note = await noteWithSuggestions(owner.id, 2);
    const ids = note.cards.map((card) => card.id);
    expect(await setCardsStatus({ userId: intruder.id, action: "accept", cardIds: ids })).toEqual({ changed: 0 });
    expect(await setCardsStatus({ userId: intruder.id, action: "accept", noteId: note.id })).toEqual({ changed: 0 });
    expect(await statuses(note.id)).toEqual(["suggested", "suggested"]);
  });
});
