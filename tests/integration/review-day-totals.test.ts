import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { db } from "@/lib/db/client";
import { importNotes } from "@/lib/db/import/import-notes";
import { updateScheduleSettings } from "@/lib/db/users/update-schedule-settings";
import { parseNote } from "@/lib/notes/parse";
import { DEFAULT_SCHEDULE_SETTINGS } from "@/lib/schedule";
import { makeNoteWithCards, makeUser } from "./helpers";

type Row = [day: string, grade: string, checkpoint: string | null, reviews: number, durationMs: number];

/** What the dashboard and statistics read: the kept per-day totals. */
async function keptTotals(userId: string): Promise<Row[]> {
  const rows = await db().$queryRaw<{ day: string; grade: string; checkpoint: string | null; n: number; ms: number }[]>`
    select "studyDay"::text as day, grade, nullif(checkpoint, '') as checkpoint, reviews as n, "durationMs"::float8 as ms
    from "ReviewDayTotal" where "userId" = ${userId} and reviews <> 0 order by 1, 2, 3`;
  return rows.map((r) => [r.day, r.grade, r.checkpoint, r.n, r.ms]);
}

/** The direct query the totals must always equal: counting the answers themselves. */
async function countedTotals(userId: string): Promise<Row[]> {
  const rows = await db().$queryRaw<{ day: string; grade: string; checkpoint: string | null; n: number; ms: number }[]>`
    select "studyDay"::text as day, grade, checkpoint, count(*)::int as n, sum("durationMs")::float8 as ms
    from "Review" where "userId" = ${userId} and "undoneAt" is null
    group by 1, 2, 3 order by 1, 2, 3`;
  return rows.map((r) => [r.day, r.grade, r.checkpoint, r.n, r.ms]);
}

const note = (answer: string) => `---
⭕과목: AWS
---
# Lambda limits
## Cue questions
- What is the maximum timeout?
    ${answer}
- What is the default concurrency limit?
    1,000 per Region
`;

async function importOne(userId: string, source: string) {
  await importNotes({
    userId,
    files: [{ path: "lambda.md", source }],
    parse: async (batch) => batch.map((file) => parseNote(file.source, { path: file.path })),
  });
}

test("the per-day totals equal counting the answers after reviews, undo, imports, deletes and zone changes", async () => {
  const user = await makeUser({ timeZone: "Asia/Seoul", dayStartHour: 4 });
  const other = await makeUser();
  const made = await makeNoteWithCards(user.id, 3);
  const [a, b, c] = made.cards;
  await importOne(user.id, note("15 minutes"));
  const imported = await db().card.findMany({ where: { userId: user.id, noteId: { not: made.id } } });
  expect(imported.length).toBeGreaterThan(0);
  const answer = (cardId: string, at: string, grade: "remembered" | "forgot", durationMs: number) =>
    recordReview({ userId: user.id, cardId, grade, requestId: randomUUID(), at: new Date(at), durationMs });

  // Answers on three study days, first studies and graded ones, at several checkpoints.
  await answer(a!.id, "2026-03-01T10:00:00+09:00", "remembered", 4000);
  await answer(b!.id, "2026-03-01T11:00:00+09:00", "remembered", 6000);
  await answer(a!.id, "2026-03-02T10:00:00+09:00", "forgot", 9000);
  await answer(b!.id, "2026-03-02T10:00:00+09:00", "remembered", 3000);
  await answer(c!.id, "2026-03-02T10:30:00+09:00", "remembered", 2000);
  for (const card of imported) await answer(card.id, "2026-03-03T09:00:00+09:00", "remembered", 1500);
  await recordReview({
    userId: other.id,
    cardId: (await makeNoteWithCards(other.id, 1)).cards[0]!.id,
    grade: "remembered",
    requestId: randomUUID(),
    at: new Date("2026-03-01T10:00:00Z"),
  });
  const afterReviews = await countedTotals(user.id);
  expect(afterReviews.reduce((sum, row) => sum + row[3], 0)).toBe(5 + imported.length);
  expect(await keptTotals(user.id)).toEqual(afterReviews);

  await undoLastReview({ userId: user.id });
  expect(await keptTotals(user.id)).toEqual(await countedTotals(user.id));

  // A re-import that changes the note (its cards are updated or archived, answers kept).
  await importOne(user.id, note("900 seconds"));
  expect(await keptTotals(user.id)).toEqual(await countedTotals(user.id));

  // Moving to another zone moves the cards' days, never the answers' recorded study days.
  await updateScheduleSettings({ userId: user.id, ...DEFAULT_SCHEDULE_SETTINGS, timeZone: "UTC", dayStartHour: 0 });
  await answer(c!.id, "2026-03-05T23:30:00Z", "forgot", 7000);
  expect(await keptTotals(user.id)).toEqual(await countedTotals(user.id));

  // Deletes cascade from a card and from a whole note to their answers.
  await db().card.delete({ where: { id: a!.id } });
  expect(await keptTotals(user.id)).toEqual(await countedTotals(user.id));
  await db().note.delete({ where: { id: made.id } });
  const afterDeletes = await countedTotals(user.id);
  expect(await keptTotals(user.id)).toEqual(afterDeletes);
  expect(afterDeletes.length).toBeGreaterThan(0);

  // Another account's totals were never touched; deleting an account takes its totals with it.
  expect(await keptTotals(other.id)).toEqual(await countedTotals(other.id));
  await db().user.delete({ where: { id: user.id } });
  await expect(db().reviewDayTotal.count({ where: { userId: user.id } })).resolves.toBe(0);
  expect(await keptTotals(other.id)).toEqual([["2026-03-01", "first-study", null, 1, 0]]);
});
