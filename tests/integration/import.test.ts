import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { importNotes } from "@/lib/db/import/import-notes";
import { importVault } from "@/lib/db/import/import-vault";
import { parseNote } from "@/lib/notes/parse";
import { parseTimeout } from "@/lib/server/notes/parse-pool";
import { makeUser } from "./helpers";

const lambdaNote = (answer: string, extra = "") => `---
⭕과목: AWS
tags: [lambda]
---
# Lambda limits
${extra}
## Cue questions
- What is the maximum timeout?
    ${answer}
- What is the default concurrency limit?
    1,000 per Region

## Memory

Memory::128 MB to 10,240 MB
`;

async function cardsOf(userId: string) {
  return db().card.findMany({ where: { userId }, orderBy: { front: "asc" } });
}

describe("importing notes", () => {
  test("re-importing the same files changes nothing", async () => {
    const user = await makeUser();
    const files = [{ path: "aws/lambda.md", content: lambdaNote("15 minutes") }];
    const first = await importVault({ userId: user.id, files });
    expect(first.notes).toEqual({ added: 1, updated: 0, unchanged: 0, failed: 0 });
    expect(first.cards.added).toBe(3);
    expect(first.suggestions).toBe(0);
    const before = await cardsOf(user.id);

    const second = await importVault({ userId: user.id, files });
    expect(second.notes).toEqual({ added: 0, updated: 0, unchanged: 1, failed: 0 });
    expect(second.cards).toEqual({ added: 0, updated: 0, archived: 0 });
    expect(await cardsOf(user.id)).toEqual(before);
  });

  test("edits keep card ids and review history; removed cards are archived, not deleted", async () => {
    const user = await makeUser();
    await importVault({ userId: user.id, files: [{ path: "lambda.md", content: lambdaNote("15 minutes") }] });
    const timeout = (await cardsOf(user.id)).find((card) => card.front.includes("maximum timeout"))!;
    await recordReview({
      userId: user.id,
      cardId: timeout.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: new Date(),
    });

    // New lines above move every card down; the answer changes; the Memory card disappears.
    const edited = lambdaNote("900 seconds (15 minutes)", "Some new intro text.\n\nAnother paragraph.\n").replace(
      "## Memory\n\nMemory::128 MB to 10,240 MB\n",
      "",
    );
    const summary = await importVault({ userId: user.id, files: [{ path: "lambda.md", content: edited }] });
    expect(summary.notes.updated).toBe(1);
    expect(summary.cards).toEqual({ added: 0, updated: 2, archived: 1 });

    const after = await cardsOf(user.id);
    const timeoutAfter = after.find((card) => card.id === timeout.id)!;
    expect(timeoutAfter.back).toContain("900 seconds");
    expect(timeoutAfter.line).toBeGreaterThan(timeout.line);
    expect(timeoutAfter.reps).toBe(1);
    await expect(db().review.count({ where: { cardId: timeout.id } })).resolves.toBe(1);
    expect(after.filter((card) => card.status === "archived").map((card) => card.front)).toEqual(["Memory"]);
  });

  test("a note with broken frontmatter and binary junk is imported with warnings, not failed", async () => {
    const user = await makeUser();
    const summary = await importVault({
      userId: user.id,
      files: [
        { path: "good.md", content: lambdaNote("15 minutes") },
        { path: "junk.md", content: "---\n: [broken\n---\n\u0000\u0001 binary \uFFFD junk\n- q::a" },
      ],
    });
    expect(summary.notes).toMatchObject({ added: 2, failed: 0 });
    expect(summary.warnings.some((warning) => warning.file === "junk.md")).toBe(true);
    await expect(db().note.count({ where: { userId: user.id } })).resolves.toBe(2);
  });

  test("a note whose write violates a constraint is reported by name and the rest of its batch is imported", async () => {
    const user = await makeUser();
    // A real constraint in the real database, for this user only: PostgreSQL refuses the note's row.
    await db().$executeRawUnsafe(
      `alter table "Note" add constraint "test_refuses_poison_${user.id}" check ("userId" <> '${user.id}' or path <> 'poison.md') not valid`,
    );
    try {
      const summary = await importVault({
        userId: user.id,
        files: [
          { path: "a.md", content: lambdaNote("15 minutes") },
          { path: "poison.md", content: lambdaNote("900 seconds") },
          { path: "b.md", content: lambdaNote("a quarter of an hour") },
        ],
      });
      expect(summary.notes).toMatchObject({ added: 2, failed: 1 });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0]).toMatchObject({ file: "poison.md" });
      expect(summary.failures[0]?.message).toMatch(/test_refuses_poison/);
      const paths = await db().note.findMany({ where: { userId: user.id }, select: { path: true } });
      expect(paths.map((note) => note.path).sort()).toEqual(["a.md", "b.md"]);
      await expect(db().card.count({ where: { userId: user.id, note: { path: "poison.md" } } })).resolves.toBe(0);
    } finally {
      await db().$executeRawUnsafe(`alter table "Note" drop constraint "test_refuses_poison_${user.id}"`);
    }
  });

  test("a note whose parse throws is reported by name and the other notes of its batch are imported", async () => {
    const user = await makeUser();
    const files = ["one.md", "explodes.md", "two.md"].map((path) => ({ path, source: lambdaNote(path) }));
    const summary = await importNotes({
      userId: user.id,
      files,
      // The real parser, except that one note throws as a crashed or timed-out worker would.
      parse: async (batch) => {
        if (batch.some((file) => file.path === "explodes.md")) throw new Error("worker crashed on explodes.md");
        return batch.map((file) => parseNote(file.source, { path: file.path }));
      },
    });
    expect(summary.notes).toMatchObject({ added: 2, failed: 1 });
    expect(summary.failures).toEqual([{ file: "explodes.md", message: "worker crashed on explodes.md" }]);
    const paths = await db().note.findMany({ where: { userId: user.id }, select: { path: true } });
    expect(paths.map((note) => note.path).sort()).toEqual(["one.md", "two.md"]);
  });

  test("a note over its parse budget fails alone, its budget spent once; the rest of its batch is imported", async () => {
    const user = await makeUser();
    const files = ["one.md", "slow.md", "two.md", "three.md"].map((path) => ({ path, source: lambdaNote(path) }));
    const attempts: string[][] = [];
    const summary = await importNotes({
      userId: user.id,
      files,
      // The pool's answer when a worker runs out of time on slow.md.
      parse: async (batch) => {
        attempts.push(batch.map((file) => file.path));
        if (batch.some((file) => file.path === "slow.md")) throw parseTimeout("slow.md", 20_000);
        return batch.map((file) => parseNote(file.source, { path: file.path }));
      },
    });
    expect(summary.notes).toMatchObject({ added: 3, failed: 1 });
    expect(summary.failures).toEqual([
      {
        file: "slow.md",
        message: "slow.md took longer than 20 s to read; split it into smaller notes.",
        reason: "note-parse-timeout",
      },
    ]);
    // slow.md was tried once, and its neighbours parsed together again (not one by one).
    expect(attempts).toEqual([
      ["one.md", "slow.md", "two.md", "three.md"],
      ["one.md", "two.md", "three.md"],
    ]);
  });

  test("a broken note never wipes the progress of what was imported before", async () => {
    const user = await makeUser();
    await importVault({ userId: user.id, files: [{ path: "lambda.md", content: lambdaNote("15 minutes") }] });
    const before = await cardsOf(user.id);
    await importVault({ userId: user.id, files: [{ path: "lambda.md", content: "---\n: [broken\n" }] });
    const after = await cardsOf(user.id);
    // The note's cards left the (now unreadable) note: archived with their state, and back when it is fixed.
    expect(after.map((card) => card.id).sort()).toEqual(before.map((card) => card.id).sort());
    await importVault({ userId: user.id, files: [{ path: "lambda.md", content: lambdaNote("15 minutes") }] });
    const restored = await cardsOf(user.id);
    expect(restored.map((card) => card.status)).toEqual(before.map((card) => card.status));
  });

  test("two imports of the same vault at once never duplicate notes or cards", async () => {
    const user = await makeUser();
    const files = Array.from({ length: 12 }, (_, index) => ({
      path: `notes/n${index}.md`,
      content: lambdaNote(`${index} minutes`),
    }));
    const results = await Promise.all([
      importVault({ userId: user.id, files }),
      importVault({ userId: user.id, files }),
    ]);
    expect(results.reduce((sum, r) => sum + r.notes.added, 0)).toBe(12);
    await expect(db().note.count({ where: { userId: user.id } })).resolves.toBe(12);
    await expect(db().card.count({ where: { userId: user.id } })).resolves.toBe(36);
  });

  test("frontmatter review state places imported cards on the right rung", async () => {
    const user = await makeUser({ timeZone: "Asia/Seoul" });
    const note = `---\n⭕첫 학습날: 2026-01-01\n❤1일복습여부: true\n🧡4일복습여부: true\n💛7일복습여부: false\n💚14일복습여부: false\n🧠장기기억: false\n---\n# EC2\n\nInstance store::ephemeral block storage\n`;
    await importVault({
      userId: user.id,
      files: [{ path: "ec2.md", content: note }],
      now: new Date("2026-01-03T12:00:00Z"),
    });
    const [card] = await cardsOf(user.id);
    expect(card).toMatchObject({ stage: "ladder", checkpoint: "7" });
    expect(card!.dueOn?.toISOString().slice(0, 10)).toBe("2026-01-08");
  });

  test("every column of notes and cards is stored as the parser gave it", async () => {
    const user = await makeUser();
    const before = Date.now();
    const note = `---\n📚교재: AWS 공식 가이드\ntags: [lambda, "동시성"]\n⭕첫 학습날: 2026-01-01\n---\n# Lambda\n\nSee [[Scaling]] and [[EC2|instances]].\n\nTimeout::15 minutes \u{1F600}\n`;
    await importVault({
      userId: user.id,
      files: [{ path: "aws/lambda.md", content: note }],
      now: new Date("2026-01-02T12:00:00Z"),
    });
    const stored = await db().note.findFirstOrThrow({ where: { userId: user.id }, include: { cards: true } });
    expect(stored).toMatchObject({
      path: "aws/lambda.md",
      title: "Lambda",
      textbook: "AWS 공식 가이드",
      tags: ["lambda", "동시성"],
      links: ["Scaling", "EC2"],
      source: note,
      archivedAt: null,
    });
    expect(stored.frontmatter).toMatchObject({ "📚교재": "AWS 공식 가이드" });
    // Timestamps are UTC, as Prisma writes them, whatever the server's time zone.
    expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(stored.updatedAt.getTime()).toBe(stored.createdAt.getTime());
    const [card] = stored.cards;
    expect(stored.cards).toHaveLength(1);
    expect(card).toMatchObject({
      front: "Timeout",
      back: "15 minutes \u{1F600}",
      line: 10,
      status: "active",
      origin: "inline",
    });
    expect(card!.firstStudiedOn?.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(card!.schedule).toMatchObject({ stage: card!.stage });
  });

  test("suggested cards are stored unscheduled; text that PostgreSQL cannot hold is cleaned, not refused", async () => {
    const user = await makeUser();
    const lecture = "# S3\n\n- buckets hold objects\n- \ud800 lone surrogate and \u0000 NUL\n";
    const summary = await importVault({ userId: user.id, files: [{ path: "s3.md", content: lecture }] });
    expect(summary.notes).toMatchObject({ added: 1, failed: 0 });
    // Suggestions are counted apart from the cards to study (issue 14).
    expect(summary.cards.added).toBe(0);
    expect(summary.suggestions).toBe(1);
    const cards = await cardsOf(user.id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      status: "suggested",
      origin: "heading",
      stage: "new",
      schedule: null,
      dueOn: null,
    });
    expect(cards[0]!.back).toContain("lone surrogate and  NUL");
  });
});
