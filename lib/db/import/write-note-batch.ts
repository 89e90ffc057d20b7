import { randomUUID } from "node:crypto";
import type pg from "pg";
import { dateToDay, type scheduleColumns } from "@/lib/db/cards/schedule-columns";
import { sqlPool } from "@/lib/db/client";
import { type ParsedCardInput, planCardSync, type StoredCard } from "@/lib/notes/plan-card-sync";
import type { ParsedNote, ReviewState } from "@/lib/notes/types";

/** What import needs from the note parser's output (`parseNote`, the `cli parse --json` contract). */
export type ParsedNoteInput = Omit<ParsedNote, "cues">;

export interface NoteToWrite {
  path: string;
  source: string;
  hash: string;
  note: ParsedNoteInput;
}

export type NoteOutcome = "added" | "updated" | "unchanged";

export interface BatchResult {
  outcomes: Map<string, NoteOutcome>;
  cards: { added: number; updated: number; archived: number };
  /** Suggested cards created (not in `cards.added`: they wait for the student to accept them). */
  suggestions: number;
}

type InitialColumns = ReturnType<typeof scheduleColumns>;

/**
 * Writes a batch of parsed notes in one transaction (so each note is all-or-nothing), holding an
 * advisory lock per (user, path), taken in a fixed order, so concurrent imports of the same files wait
 * for each other instead of duplicating. A handful of statements per batch instead of per note.
 *
 * Plain SQL on the pg pool rather than Prisma: each batch carries about a thousand cards, and building
 * and encoding those through Prisma's query engine cost more CPU than PostgreSQL spent storing them,
 * CPU the parse workers need (see `npm run bench -- import`). Rows travel as one JSON parameter per
 * statement, expanded by `json_to_recordset`.
 */
export async function writeNoteBatch(
  userId: string,
  items: NoteToWrite[],
  initialSchedule: (review: ReviewState | null) => InitialColumns,
): Promise<BatchResult> {
  const client = await sqlPool().connect();
  try {
    await client.query("begin");
    const result = await writeInTransaction(client, userId, items, initialSchedule);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function writeInTransaction(
  sql: pg.PoolClient,
  userId: string,
  items: NoteToWrite[],
  initialSchedule: (review: ReviewState | null) => InitialColumns,
): Promise<BatchResult> {
  // Prisma's convention: timestamps are UTC wall-clock times in `timestamp(3)` columns.
  const now = new Date().toISOString();
  const keys = items.map((item) => `${userId}:${item.path}`);
  await sql.query(
    `select pg_advisory_xact_lock(hashtextextended(k, 0))
       from unnest($1::text[]) as k order by hashtextextended(k, 0)`,
    [keys],
  );
  const existing = await sql.query<{ id: string; path: string; contentHash: string; archived: boolean }>(
    `select id, path, "contentHash", "archivedAt" is not null as archived
       from "Note" where "userId" = $1 and path = any($2::text[])`,
    [userId, items.map((item) => item.path)],
  );
  const byPath = new Map(existing.rows.map((note) => [note.path, note]));
  const result: BatchResult = { outcomes: new Map(), cards: { added: 0, updated: 0, archived: 0 }, suggestions: 0 };

  const targets: { id: string; item: NoteToWrite; outcome: "added" | "updated" }[] = [];
  for (const item of items) {
    const current = byPath.get(item.path);
    if (!current) targets.push({ id: randomUUID(), item, outcome: "added" });
    else if (current.contentHash === item.hash && !current.archived) result.outcomes.set(item.path, "unchanged");
    else targets.push({ id: current.id, item, outcome: "updated" });
  }
  const fresh = targets.filter((target) => target.outcome === "added");
  const changed = targets.filter((target) => target.outcome === "updated");
  if (fresh.length) await insertNotes(sql, userId, fresh, now);
  if (changed.length) await updateNotes(sql, changed, now);

  const stored = changed.length
    ? (
        await sql.query<StoredCard & { noteId: string }>(
          `select id, "noteId", key, type, origin, front, back, line, status,
                  "editBaseFront", "editBaseBack", "conflictFront", "conflictBack"
             from "Card" where "noteId" = any($1::text[])`,
          [changed.map((target) => target.id)],
        )
      ).rows
    : [];
  const storedByNote = new Map<string, StoredCard[]>();
  for (const card of stored) {
    const list = storedByNote.get(card.noteId);
    if (list) list.push(card);
    else storedByNote.set(card.noteId, [card]);
  }

  const newCards: CardRow[] = [];
  const updates: CardUpdateRow[] = [];
  const archive: string[] = [];
  for (const target of targets) {
    result.outcomes.set(target.item.path, target.outcome);
    const plan = planCardSync(storedByNote.get(target.id) ?? [], target.item.note.cards);
    const schedule = plan.create.some((card) => !card.suggested) ? initialSchedule(target.item.note.review) : null;
    for (const card of plan.create) newCards.push(cardRow(userId, target.id, card, card.suggested ? null : schedule));
    for (const change of plan.update) updates.push({ id: change.id, ...change.data });
    archive.push(...plan.archive);
    const suggested = plan.create.filter((card) => card.suggested).length;
    result.cards.added += plan.create.length - suggested;
    result.suggestions += suggested;
    result.cards.updated += plan.update.length;
    result.cards.archived += plan.archive.length;
  }
  if (newCards.length) await insertCards(sql, newCards, now);
  if (updates.length) await updateCards(sql, updates, now);
  if (archive.length) {
    await sql.query(`update "Card" set status = 'archived', "updatedAt" = $2::timestamp where id = any($1::text[])`, [
      archive,
      now,
    ]);
  }
  return result;
}

function textbookOf(frontmatter: Record<string, unknown>): string | null {
  const entry = Object.entries(frontmatter).find(([key]) => /교재|textbook/i.test(key));
  return typeof entry?.[1] === "string" && entry[1].trim() ? entry[1].trim() : null;
}

function noteRow(id: string, { note, source, hash }: NoteToWrite) {
  return {
    id,
    title: note.title,
    subject: note.subject,
    textbook: textbookOf(note.frontmatter),
    tags: note.tags,
    links: note.links,
    frontmatter: note.frontmatter,
    source,
    contentHash: hash,
    warnings: note.warnings,
  };
}

const NOTE_RECORD = `r(id text, path text, title text, subject text, textbook text, tags text[], links text[],
  frontmatter jsonb, source text, "contentHash" text, warnings jsonb)`;

async function insertNotes(
  sql: pg.PoolClient,
  userId: string,
  notes: { id: string; item: NoteToWrite }[],
  now: string,
) {
  const rows = notes.map(({ id, item }) => ({ ...noteRow(id, item), path: item.path }));
  await sql.query(
    `insert into "Note" (id, "userId", path, title, subject, textbook, tags, links, frontmatter, source,
                         "contentHash", warnings, "archivedAt", "createdAt", "updatedAt")
     select r.id, $2, r.path, r.title, r.subject, r.textbook, r.tags, r.links, r.frontmatter, r.source,
            r."contentHash", r.warnings, null, $3::timestamp, $3::timestamp
       from json_to_recordset($1::json) as ${NOTE_RECORD}`,
    [JSON.stringify(rows), userId, now],
  );
}

async function updateNotes(sql: pg.PoolClient, notes: { id: string; item: NoteToWrite }[], now: string) {
  const rows = notes.map(({ id, item }) => noteRow(id, item));
  await sql.query(
    `update "Note" as n
        set title = r.title, subject = r.subject, textbook = r.textbook, tags = r.tags, links = r.links,
            frontmatter = r.frontmatter, source = r.source, "contentHash" = r."contentHash",
            warnings = r.warnings, "archivedAt" = null, "updatedAt" = $2::timestamp
       from json_to_recordset($1::json) as ${NOTE_RECORD}
      where n.id = r.id`,
    [JSON.stringify(rows), now],
  );
}

interface CardRow extends Omit<StoredCard, "status"> {
  userId: string;
  noteId: string;
  status: "active" | "suggested";
  stage: string;
  firstStudiedOn: string | null;
  dueOn: string | null;
  checkpoint: string | null;
  lapses: number;
  reps: number;
  lastReviewedAt: Date | null;
  schedule: object | null;
}

/** A new card; suggested cards wait unscheduled (no schedule) until the student accepts them. */
function cardRow(userId: string, noteId: string, card: ParsedCardInput, schedule: InitialColumns | null): CardRow {
  return {
    id: randomUUID(),
    userId,
    noteId,
    key: card.id,
    type: card.type,
    origin: card.origin,
    front: card.front,
    back: card.back,
    line: card.line,
    status: card.suggested ? "suggested" : "active",
    stage: schedule?.stage ?? "new",
    firstStudiedOn: schedule ? dateToDay(schedule.firstStudiedOn) : null,
    dueOn: schedule ? dateToDay(schedule.dueOn) : null,
    checkpoint: schedule?.checkpoint ?? null,
    lapses: schedule?.lapses ?? 0,
    reps: schedule?.reps ?? 0,
    lastReviewedAt: schedule?.lastReviewedAt ?? null,
    schedule: schedule?.schedule ?? null,
  };
}

async function insertCards(sql: pg.PoolClient, cards: CardRow[], now: string) {
  await sql.query(
    `insert into "Card" (id, "userId", "noteId", key, type, origin, front, back, line, status, stage,
                         "firstStudiedOn", "dueOn", checkpoint, lapses, reps, "lastReviewedAt", schedule,
                         "createdAt", "updatedAt")
     select r.id, r."userId", r."noteId", r.key, r.type, r.origin, r.front, r.back, r.line,
            r.status::"CardStatus", r.stage, r."firstStudiedOn", r."dueOn", r.checkpoint, r.lapses, r.reps,
            r."lastReviewedAt", r.schedule, $2::timestamp, $2::timestamp
       from json_to_recordset($1::json) as r(id text, "userId" text, "noteId" text, key text, type text,
            origin text, front text, back text, line int, status text, stage text, "firstStudiedOn" date,
            "dueOn" date, checkpoint text, lapses int, reps int, "lastReviewedAt" timestamp, schedule jsonb)
     on conflict do nothing`,
    [JSON.stringify(cards), now],
  );
}

type CardUpdateRow = { id: string } & Partial<Omit<StoredCard, "id" | "key">>;

/** Only the fields that changed are present; the others (all NOT NULL columns) keep their value. */
async function updateCards(sql: pg.PoolClient, updates: CardUpdateRow[], now: string) {
  await sql.query(
    `update "Card" as c
        set type = coalesce(r.type, c.type), origin = coalesce(r.origin, c.origin),
            front = coalesce(r.front, c.front), back = coalesce(r.back, c.back), line = coalesce(r.line, c.line),
            status = coalesce(r.status::"CardStatus", c.status),
            "conflictFront" = coalesce(r."conflictFront", c."conflictFront"),
            "conflictBack" = coalesce(r."conflictBack", c."conflictBack"), "updatedAt" = $2::timestamp
       from json_to_recordset($1::json) as r(id text, type text, origin text, front text, back text, line int,
            status text, "conflictFront" text, "conflictBack" text)
      where c.id = r.id`,
    [JSON.stringify(updates), now],
  );
}
