import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { findDueCards } from "@/lib/db/cards/find-due-cards";
import { recordReview } from "@/lib/db/cards/record-review";
import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { db } from "@/lib/db/client";
import { makeNoteWithCards, makeUser } from "./helpers";

const seoul = { timeZone: "Asia/Seoul", dayStartHour: 4 };

describe("recording reviews", () => {
  test("a first study puts the card on the ladder, due tomorrow at checkpoint 1", async () => {
    const user = await makeUser(seoul);
    const note = await makeNoteWithCards(user.id, 1);
    const card = note.cards[0]!;
    const result = await recordReview({
      userId: user.id,
      cardId: card.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: new Date("2026-03-02T10:00:00+09:00"),
    });
    expect(result).toMatchObject({ status: "recorded", dueOn: "2026-03-03", checkpoint: "1" });
    const due = await findDueCards({ userId: user.id, on: "2026-03-03" });
    expect(due.map((d) => [d.id, d.checkpoint, d.due])).toEqual([[card.id, 1, "2026-03-03"]]);
    await expect(findDueCards({ userId: user.id, on: "2026-03-02" })).resolves.toEqual([]);
  });

  test("a retried request records exactly one review", async () => {
    const user = await makeUser(seoul);
    const card = (await makeNoteWithCards(user.id, 1)).cards[0]!;
    const requestId = randomUUID();
    const options = { userId: user.id, cardId: card.id, grade: "remembered" as const, requestId, at: new Date() };
    const first = await recordReview(options);
    const second = await recordReview(options);
    expect(first.status).toBe("recorded");
    expect(second).toEqual({ status: "duplicate", reviewId: first.status === "recorded" ? first.reviewId : "" });
    await expect(db().review.count({ where: { cardId: card.id } })).resolves.toBe(1);
  });

  test("ten concurrent submits of one answer store one review", async () => {
    const user = await makeUser(seoul);
    const card = (await makeNoteWithCards(user.id, 1)).cards[0]!;
    const requestId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        recordReview({ userId: user.id, cardId: card.id, grade: "remembered", requestId, at: new Date() }),
      ),
    );
    expect(results.filter((r) => r.status === "recorded")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(9);
    await expect(db().review.count({ where: { cardId: card.id } })).resolves.toBe(1);
    await expect(db().card.findUniqueOrThrow({ where: { id: card.id } })).resolves.toMatchObject({ reps: 1 });
  });

  test("two tabs answering the same card: one review, the other is told it was answered", async () => {
    const user = await makeUser(seoul);
    const card = (await makeNoteWithCards(user.id, 1)).cards[0]!;
    const results = await Promise.all(
      ["remembered", "forgot"].map((grade) =>
        recordReview({
          userId: user.id,
          cardId: card.id,
          grade: grade as "remembered" | "forgot",
          requestId: randomUUID(),
          at: new Date(),
          expectedReps: 0,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["already-answered", "recorded"]);
    await expect(db().review.count({ where: { cardId: card.id } })).resolves.toBe(1);
  });

  test("concurrent different answers to one card are each scheduled on top of the one before (no lost update)", async () => {
    const user = await makeUser(seoul);
    const card = (await makeNoteWithCards(user.id, 1)).cards[0]!;
    const at = new Date();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        recordReview({ userId: user.id, cardId: card.id, grade: "remembered", requestId: randomUUID(), at }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("recorded"));
    const reviews = await db().review.findMany({ where: { cardId: card.id }, select: { prevState: true } });
    const repsBefore = reviews.map((r) => (r.prevState as { reps: number }).reps).sort((a, b) => a - b);
    expect(repsBefore).toEqual([0, 1, 2, 3, 4, 5]);
    await expect(db().card.findUniqueOrThrow({ where: { id: card.id } })).resolves.toMatchObject({ reps: 6 });
  });

  test("undo restores the card and keeps the review marked undone", async () => {
    const user = await makeUser(seoul);
    const card = (await makeNoteWithCards(user.id, 1)).cards[0]!;
    await recordReview({
      userId: user.id,
      cardId: card.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: new Date("2026-03-02T10:00:00+09:00"),
    });
    const afterFirst = await db().card.findUniqueOrThrow({ where: { id: card.id } });
    await recordReview({
      userId: user.id,
      cardId: card.id,
      grade: "forgot",
      requestId: randomUUID(),
      at: new Date("2026-03-03T10:00:00+09:00"),
    });
    expect((await db().card.findUniqueOrThrow({ where: { id: card.id } })).lapses).toBe(1);

    await undoLastReview({ userId: user.id });
    const restored = await db().card.findUniqueOrThrow({ where: { id: card.id } });
    expect({ ...restored, updatedAt: null }).toEqual({ ...afterFirst, updatedAt: null });
    await expect(db().review.count({ where: { cardId: card.id, undoneAt: { not: null } } })).resolves.toBe(1);
  });

  test("undo of a named answer undoes only that answer, and refuses when a later one came first", async () => {
    const user = await makeUser(seoul);
    const [first, second] = (await makeNoteWithCards(user.id, 2)).cards;
    const answer = (cardId: string, requestId: string, at: string) =>
      recordReview({ userId: user.id, cardId, grade: "remembered", requestId, at: new Date(at) });
    await answer(first!.id, "answer-one", "2026-03-02T10:00:00+09:00");
    await answer(second!.id, "answer-two", "2026-03-02T10:01:00+09:00");

    // The page undoes its first answer, but another device answered since: nothing changes.
    await expect(undoLastReview({ userId: user.id, requestId: "answer-one" })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "stale-card",
    });
    await expect(db().review.count({ where: { userId: user.id, undoneAt: { not: null } } })).resolves.toBe(0);

    await expect(undoLastReview({ userId: user.id, requestId: "answer-two" })).resolves.toMatchObject({
      cardId: second!.id,
    });
    await expect(undoLastReview({ userId: user.id, requestId: "answer-one" })).resolves.toMatchObject({
      cardId: first!.id,
    });
    await expect(undoLastReview({ userId: user.id })).rejects.toMatchObject({ reason: "nothing-to-undo" });
    const cards = await db().card.findMany({ where: { userId: user.id }, select: { stage: true, reps: true } });
    expect(cards.map((card) => [card.stage, card.reps])).toEqual([
      ["new", 0],
      ["new", 0],
    ]);
  });

  test("another user's card cannot be reviewed", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const card = (await makeNoteWithCards(owner.id, 1)).cards[0]!;
    await expect(
      recordReview({
        userId: intruder.id,
        cardId: card.id,
        grade: "remembered",
        requestId: randomUUID(),
        at: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(db().review.count({ where: { cardId: card.id } })).resolves.toBe(0);
  });
});

describe("the review session after time away", () => {
  test("overdue cards come oldest first, capped per day, the rest deferred and never dropped", async () => {
    const user = await makeUser({ timeZone: "UTC", dayStartHour: 0 });
    await db().user.update({ where: { id: user.id }, data: { dailyReviewCap: 10, dailyNewLimit: 0 } });
    const note = await makeNoteWithCards(user.id, 30);
    // First studied on 30 different days two to five weeks ago: all overdue on different dates.
    for (const [index, card] of note.cards.entries()) {
      const at = new Date(Date.UTC(2026, 0, 1 + index, 12));
      await recordReview({ userId: user.id, cardId: card.id, grade: "remembered", requestId: randomUUID(), at });
    }
    const { loadReviewSession } = await import("@/lib/db/cards/load-review-session");
    const session = await loadReviewSession({ userId: user.id, now: new Date("2026-03-01T12:00:00Z") });
    expect(session.cards).toHaveLength(10);
    expect(session.overdue).toBe(30);
    expect(session.deferred).toBe(20);
    const dues = session.cards.map((card) => card.due as string);
    expect(dues).toEqual([...dues].sort());
    expect(dues[0]).toBe("2026-01-02");
  });
});
