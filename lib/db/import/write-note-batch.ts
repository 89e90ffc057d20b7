import { db } from "@/lib/db/client";
import type { scheduleColumns } from "@/lib/db/cards/schedule-columns";
import type { ImportedReview } from "@/lib/schedule";
import type { ParsedCardInput } from "./plan-card-sync";
import { planCardSync, type StoredCard } from "./plan-card-sync";

/** What import needs from the note parser's output (`parseNote`, the `cli parse --json` contract). */
export interface ParsedNoteInput {
  title: string;
  subject: string | null;
  tags: string[];
  links: string[];
  frontmatter: Record<string, unknown>;
  cards: ParsedCardInput[];
  review: ImportedReview | null;
  warnings: { line: number; message: string }[];
}

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
}

type InitialColumns = ReturnType<typeof scheduleColumns>;

/**
 * Writes a batch of parsed notes in one transaction (so each note is all-or-nothing), holding an
 * advisory lock per (user, path), taken in a fixed order, so concurrent imports of the same files wait
 * for each other instead of duplicating. A handful of statements per batch instead of per note.
 */
export async function writeNoteBatch(
  userId: string,
  items: NoteToWrite[],
  initialSchedule: (review: ImportedReview | null) => InitialColumns,
): Promise<BatchResult> {
  return db().$transaction(
    async (tx) => {
      const keys = items.map((item) => `${userId}:${item.path}`);
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(k, 0))
        from unnest(${keys}::text[]) as k order by hashtextextended(k, 0)`;
      const existing = await tx.note.findMany({
        where: { userId, path: { in: items.map((item) => item.path) } },
        select: { id: true, path: true, contentHash: true, archivedAt: true },
      });
      const byPath = new Map(existing.map((note) => [note.path, note]));
      const result: BatchResult = { outcomes: new Map(), cards: { added: 0, updated: 0, archived: 0 } };

      const fresh: NoteToWrite[] = [];
      const changed: { item: NoteToWrite; id: string }[] = [];
      for (const item of items) {
        const current = byPath.get(item.path);
        if (!current) fresh.push(item);
        else if (current.contentHash === item.hash && !current.archivedAt) result.outcomes.set(item.path, "unchanged");
        else changed.push({ item, id: current.id });
      }

      const created = fresh.length
        ? await tx.note.createManyAndReturn({
            data: fresh.map((item) => ({ userId, path: item.path, ...noteFields(item) })),
            select: { id: true, path: true },
          })
        : [];
      for (const { item, id } of changed)
        await tx.note.update({ where: { id }, data: noteFields(item), select: { id: true } });

      const stored = changed.length
        ? ((await tx.card.findMany({
            where: { noteId: { in: changed.map((entry) => entry.id) } },
            select: {
              id: true,
              noteId: true,
              key: true,
              type: true,
              origin: true,
              front: true,
              back: true,
              line: true,
              status: true,
            },
          })) as (StoredCard & { noteId: string })[])
        : [];
      const targets = [
        ...created.map((note) => ({
          id: note.id,
          item: fresh.find((item) => item.path === note.path) as NoteToWrite,
          outcome: "added" as const,
        })),
        ...changed.map((entry) => ({ id: entry.id, item: entry.item, outcome: "updated" as const })),
      ];

      const newCards: object[] = [];
      const archive: string[] = [];
      for (const target of targets) {
        result.outcomes.set(target.item.path, target.outcome);
        const plan = planCardSync(
          stored.filter((card) => card.noteId === target.id),
          target.item.note.cards,
        );
        const schedule = plan.create.length ? initialSchedule(target.item.note.review) : null;
        for (const card of plan.create) {
          newCards.push({
            userId,
            noteId: target.id,
            key: card.id,
            type: card.type,
            origin: card.origin,
            front: card.front,
            back: card.back,
            line: card.line,
            status: card.suggested ? "suggested" : "active",
            ...(card.suggested ? {} : schedule),
          });
        }
        for (const change of plan.update)
          await tx.card.update({ where: { id: change.id }, data: change.data, select: { id: true } });
        archive.push(...plan.archive);
        result.cards.added += plan.create.length;
        result.cards.updated += plan.update.length;
        result.cards.archived += plan.archive.length;
      }
      if (newCards.length) await tx.card.createMany({ data: newCards as never[], skipDuplicates: true });
      if (archive.length) await tx.card.updateMany({ where: { id: { in: archive } }, data: { status: "archived" } });
      return result;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

function textbookOf(frontmatter: Record<string, unknown>): string | null {
  const entry = Object.entries(frontmatter).find(([key]) => /교재|textbook/i.test(key));
  return typeof entry?.[1] === "string" && entry[1].trim() ? entry[1].trim() : null;
}

function noteFields({ note, source, hash }: NoteToWrite) {
  return {
    title: note.title,
    subject: note.subject,
    textbook: textbookOf(note.frontmatter),
    tags: note.tags,
    links: note.links,
    frontmatter: note.frontmatter as object,
    source,
    contentHash: hash,
    warnings: note.warnings as unknown as object,
    archivedAt: null,
  };
}
