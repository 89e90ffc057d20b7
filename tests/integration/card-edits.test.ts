import { describe, expect, test } from "vitest";
import { addCard } from "@/lib/db/cards/add-card";
import { deleteCard } from "@/lib/db/cards/delete-card";
import { editCard } from "@/lib/db/cards/edit-card";
import { resolveCardConflict } from "@/lib/db/cards/resolve-card-conflict";
import { db } from "@/lib/db/client";
import { importVault } from "@/lib/db/import/import-vault";
import { makeUser } from "./helpers";

const note = (timeout: string) => `# Lambda

Maximum timeout::${timeout}

Default concurrency::1,000 per Region
`;

async function importNote(userId: string, content: string) {
  return importVault({ userId, files: [{ path: "aws/lambda.md", content }] });
}

async function cardOf(userId: string, front: string) {
  const cards = await db().card.findMany({ where: { userId } });
  const card = cards.find((c) => c.front === front || c.editBaseFront === front);
  if (!card) throw new Error(`no card ${front} in ${cards.map((c) => c.front).join(", ")}`);
  return card;
}

describe("editing cards", () => {
  test("an edit survives re-import of the same text; changed note text shows both versions to pick from", async () => {
    const user = await makeUser();
    await importNote(user.id, note("15 minutes"));
    const original = await cardOf(user.id, "Maximum timeout");
    await editCard({ userId: user.id, cardId: original.id, front: "Lambda **max** timeout?", back: "15 min (900 s)" });

    await importNote(user.id, note("15 minutes"));
    const kept = await db().card.findUniqueOrThrow({ where: { id: original.id } });
    expect([kept.front, kept.back, kept.status]).toEqual(["Lambda **max** timeout?", "15 min (900 s)", "active"]);
    expect(kept.conflictFront).toBeNull();

    // The note's text for the card changes: the edit stays, the new text waits beside it.
    await importNote(user.id, note("900 seconds"));
    const both = await db().card.findUniqueOrThrow({ where: { id: original.id } });
    expect([both.front, both.back]).toEqual(["Lambda **max** timeout?", "15 min (900 s)"]);
    expect([both.conflictFront, both.conflictBack]).toEqual(["Maximum timeout", "900 seconds"]);

    // Keeping the edit: it now counts as made from the new text, so the same import changes nothing.
    await resolveCardConflict({ userId: user.id, cardId: original.id, keep: "mine" });
    await importNote(user.id, note("900 seconds"));
    const mine = await db().card.findUniqueOrThrow({ where: { id: original.id } });
    expect([mine.front, mine.back, mine.conflictFront]).toEqual(["Lambda **max** timeout?", "15 min (900 s)", null]);

    // The note changes again; this time the student takes the note's text and the edit ends.
    await importNote(user.id, note("15 min"));
    await resolveCardConflict({ userId: user.id, cardId: original.id, keep: "note" });
    const theirs = await db().card.findUniqueOrThrow({ where: { id: original.id } });
    expect([theirs.front, theirs.back, theirs.editedAt, theirs.editBaseFront, theirs.conflictFront]).toEqual([
      "Maximum timeout",
      "15 min",
      null,
      null,
      null,
    ]);
    await importNote(user.id, note("15 minutes"));
    expect((await db().card.findUniqueOrThrow({ where: { id: original.id } })).back).toBe("15 minutes");
  });

  test("a card added in the app survives re-imports; deleting a note's card drops it, an added one goes", async () => {
    const user = await makeUser();
    await importNote(user.id, note("15 minutes"));
    const noteId = (await cardOf(user.id, "Maximum timeout")).noteId;
    const added = await addCard({ userId: user.id, noteId, front: "Lambda memory max?", back: "10,240 MB" });
    await importNote(user.id, `${note("15 minutes")}\nExtra::line\n`);
    expect((await db().card.findUniqueOrThrow({ where: { id: added.id } })).status).toBe("active");

    const fromNote = await cardOf(user.id, "Default concurrency");
    await deleteCard({ userId: user.id, cardId: fromNote.id });
    await importNote(user.id, note("15 minutes"));
    expect((await db().card.findUniqueOrThrow({ where: { id: fromNote.id } })).status).toBe("dropped");
    await deleteCard({ userId: user.id, cardId: added.id });
    expect(await db().card.findUnique({ where: { id: added.id } })).toBeNull();
  });

  test("other users can neither edit, add to, resolve nor delete", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    await importNote(owner.id, note("15 minutes"));
    const card = await cardOf(owner.id, "Maximum timeout");
    const reasons = await Promise.all([
      editCard({ userId: intruder.id, cardId: card.id, front: "x", back: "y" }).catch((e) => e.reason),
      addCard({ userId: intruder.id, noteId: card.noteId, front: "x", back: "y" }).catch((e) => e.reason),
      resolveCardConflict({ userId: intruder.id, cardId: card.id, keep: "note" }).catch((e) => e.reason),
      deleteCard({ userId: intruder.id, cardId: card.id }).catch((e) => e.reason),
    ]);
    expect(reasons).toEqual(["not-found", "not-found", "not-found", "not-found"]);
    expect((await db().card.findUniqueOrThrow({ where: { id: card.id } })).front).toBe("Maximum timeout");
  });
});
