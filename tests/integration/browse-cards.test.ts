import { describe, expect, test } from "vitest";
import { browseCards } from "@/lib/db/cards/browse-cards";
import { db } from "@/lib/db/client";
import { browseCardsSchema } from "@/lib/validations/cards";
import { makeNoteWithCards, makeUser } from "./helpers";

const query = (params: Record<string, string>) => browseCardsSchema.parse(params);

async function setup() {
  const user = await makeUser();
  const lambda = await makeNoteWithCards(user.id, 3, "lambda.md");
  const s3 = await makeNoteWithCards(user.id, 2, "s3.md");
  await db().note.update({
    where: { id: lambda.id },
    data: { subject: "AWS", tags: ["lambda"], title: "Lambda limits" },
  });
  await db().note.update({ where: { id: s3.id }, data: { subject: "Storage", tags: ["s3"], title: "S3 basics" } });
  const [l0, l1, l2] = lambda.cards;
  await db().card.update({ where: { id: l0!.id }, data: { front: "Lambda timeout?", back: "15분", lapses: 4 } });
  await db().card.update({
    where: { id: l1!.id },
    data: { stage: "ladder", dueOn: new Date("2026-12-05T00:00:00Z"), lapses: 1 },
  });
  await db().card.update({ where: { id: l2!.id }, data: { status: "suggested" } });
  await db().card.update({ where: { id: s3.cards[0]!.id }, data: { status: "archived" } });
  return { user, lambda, s3 };
}

describe("the card browser's query", () => {
  test("searches text, filters by note, subject, tag, status, stage, due date and lapses", async () => {
    const { user } = await setup();
    const fronts = async (params: Record<string, string>) =>
      (await browseCards({ userId: user.id, query: query(params), pageSize: 50 })).cards.map((c) => c.front).sort();

    expect(await fronts({})).toEqual(["Lambda timeout?", "Question 1", "Question 1", "Question 2"]);
    expect(await fronts({ q: "15분" })).toEqual(["Lambda timeout?"]);
    expect(await fronts({ q: "LAMBDA" })).toEqual(["Lambda timeout?"]);
    expect(await fronts({ note: "s3" })).toEqual(["Question 1"]);
    expect(await fronts({ subject: "aws" })).toEqual(["Lambda timeout?", "Question 1", "Question 2"]);
    expect(await fronts({ tag: "#s3" })).toEqual(["Question 1"]);
    expect(await fronts({ status: "suggested" })).toEqual(["Question 2"]);
    expect(await fronts({ status: "archived" })).toEqual(await fronts({})); // not a browser filter: ignored
    expect(await fronts({ stage: "ladder" })).toEqual(["Question 1"]);
    expect(await fronts({ dueFrom: "2026-12-01", dueTo: "2026-12-05" })).toEqual(["Question 1"]);
    expect(await fronts({ dueTo: "2026-12-04" })).toEqual([]);
    expect(await fronts({ minLapses: "2" })).toEqual(["Lambda timeout?"]);
  });

  test("sorts and pages on the server, and never shows another user's cards", async () => {
    const { user } = await setup();
    const other = await makeUser();
    await makeNoteWithCards(other.id, 5);
    const byLapses = await browseCards({
      userId: user.id,
      query: query({ sort: "lapses", order: "desc" }),
      pageSize: 2,
    });
    expect(byLapses.total).toBe(4);
    expect(byLapses.pageCount).toBe(2);
    expect(byLapses.cards.map((c) => c.lapses)).toEqual([4, 1]);
    const second = await browseCards({
      userId: user.id,
      query: query({ sort: "lapses", order: "desc", page: "2" }),
      pageSize: 2,
    });
    expect(second.cards.map((c) => c.lapses)).toEqual([0, 0]);
    expect(new Set([...byLapses.cards, ...second.cards].map((c) => c.id)).size).toBe(4);
    const byDue = await browseCards({ userId: user.id, query: query({ sort: "due" }), pageSize: 50 });
    expect(byDue.cards[0]?.dueOn?.toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(byDue.cards.every((c) => c.note.title !== "")).toBe(true);
  });
});
