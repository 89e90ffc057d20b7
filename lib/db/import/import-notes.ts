import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { scheduleColumns } from "@/lib/db/cards/schedule-columns";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { type ImportedReview, stateFromImportedReview, studyDayOf } from "@/lib/schedule";
import { type ParsedCardInput, planCardSync, type StoredCard } from "./plan-card-sync";

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

export interface NoteFile {
  path: string;
  source: string;
}

export interface ImportSummary {
  notes: { added: number; updated: number; unchanged: number; failed: number };
  cards: { added: number; updated: number; archived: number };
  warnings: { file: string; line: number; message: string }[];
  failures: { file: string; message: string }[];
}

export interface ImportOptions {
  userId: string;
  files: NoteFile[];
  /** Parses many notes (off the event loop: the worker pool); one result per input, in order. */
  parse: (files: NoteFile[]) => Promise<ParsedNoteInput[]>;
  now?: Date;
  /** Notes written at once; each note is one transaction. */
  concurrency?: number;
}

export function contentHash(source: string): string {
  return createHash("sha256").update(source).digest("base64url");
}

function textbookOf(frontmatter: Record<string, unknown>): string | null {
  const entry = Object.entries(frontmatter).find(([key]) => /교재|textbook/i.test(key));
  return typeof entry?.[1] === "string" && entry[1].trim() ? entry[1].trim() : null;
}

/**
 * Imports notes for one user without losing anything: unchanged files (same content hash) are skipped
 * before parsing; each changed note is written in its own transaction under an advisory lock on
 * (user, path), so concurrent imports of the same vault neither duplicate nor interleave; cards keep their
 * ids and history through edits; cards that left a note are archived; a note that fails is reported and
 * the others go on.
 */
export async function importNotes(options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    notes: { added: 0, updated: 0, unchanged: 0, failed: 0 },
    cards: { added: 0, updated: 0, archived: 0 },
    warnings: [],
    failures: [],
  };
  const files = dedupeByPath(options.files);
  const existing = await db().note.findMany({
    where: { userId: options.userId, path: { in: files.map((file) => file.path) } },
    select: { path: true, contentHash: true, archivedAt: true },
  });
  const storedHash = new Map(existing.filter((n) => !n.archivedAt).map((n) => [n.path, n.contentHash]));
  const changed = files.filter((file) => storedHash.get(file.path) !== contentHash(file.source));
  summary.notes.unchanged = files.length - changed.length;
  if (changed.length === 0) return summary;

  const settings = await findScheduleSettings({ userId: options.userId });
  const today = studyDayOf(options.now ?? new Date(), settings);
  let parsed: ParsedNoteInput[];
  try {
    parsed = await options.parse(changed);
  } catch (error) {
    for (const file of changed) summary.failures.push({ file: file.path, message: messageOf(error) });
    summary.notes.failed = changed.length;
    return summary;
  }

  const queue = changed.map((file, index) => ({ file, note: parsed[index] }));
  const workers = Array.from({ length: Math.min(options.concurrency ?? 4, queue.length) }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const { file, note } = item;
      if (!note) {
        summary.failures.push({ file: file.path, message: "the parser returned nothing for this file" });
        summary.notes.failed += 1;
        continue;
      }
      for (const warning of note.warnings) summary.warnings.push({ file: file.path, ...warning });
      try {
        const result = await writeNote(options.userId, file, note, (review) =>
          scheduleColumns(stateFromImportedReview(review, today, settings)),
        );
        summary.notes[result.outcome] += 1;
        summary.cards.added += result.added;
        summary.cards.updated += result.updated;
        summary.cards.archived += result.archived;
      } catch (error) {
        summary.failures.push({ file: file.path, message: messageOf(error) });
        summary.notes.failed += 1;
      }
    }
  });
  await Promise.all(workers);
  summary.warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return summary;
}

type InitialColumns = ReturnType<typeof scheduleColumns>;

async function writeNote(
  userId: string,
  file: NoteFile,
  note: ParsedNoteInput,
  initialSchedule: (review: ImportedReview | null) => InitialColumns,
): Promise<{ outcome: "added" | "updated" | "unchanged"; added: number; updated: number; archived: number }> {
  const hash = contentHash(file.source);
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`${userId}:${file.path}`}, 0))`;
      const current = await tx.note.findUnique({
        where: { userId_path: { userId, path: file.path } },
        select: { id: true, contentHash: true, archivedAt: true },
      });
      if (current && current.contentHash === hash && !current.archivedAt) {
        return { outcome: "unchanged" as const, added: 0, updated: 0, archived: 0 };
      }
      note = withoutNul(note);
      const fields = {
        title: note.title,
        subject: note.subject,
        textbook: textbookOf(note.frontmatter),
        tags: note.tags,
        links: note.links,
        frontmatter: note.frontmatter as object,
        source: withoutNul(file.source),
        contentHash: hash,
        warnings: note.warnings as unknown as object,
        archivedAt: null,
      };
      const saved = current
        ? await tx.note.update({ where: { id: current.id }, data: fields, select: { id: true } })
        : await tx.note.create({ data: { userId, path: file.path, ...fields }, select: { id: true } });

      const stored = (await tx.card.findMany({
        where: { noteId: saved.id },
        select: { id: true, key: true, type: true, origin: true, front: true, back: true, line: true, status: true },
      })) as StoredCard[];
      const plan = planCardSync(stored, note.cards);
      if (plan.create.length > 0) {
        const schedule = initialSchedule(note.review);
        await tx.card.createMany({
          data: plan.create.map((card) => ({
            userId,
            noteId: saved.id,
            key: card.id,
            type: card.type,
            origin: card.origin,
            front: card.front,
            back: card.back,
            line: card.line,
            status: card.suggested ? ("suggested" as const) : ("active" as const),
            ...(card.suggested ? {} : schedule),
          })),
          skipDuplicates: true,
        });
      }
      for (const change of plan.update) await tx.card.update({ where: { id: change.id }, data: change.data });
      if (plan.archive.length > 0) {
        await tx.card.updateMany({ where: { id: { in: plan.archive } }, data: { status: "archived" } });
      }
      return {
        outcome: current ? ("updated" as const) : ("added" as const),
        added: plan.create.length,
        updated: plan.update.length,
        archived: plan.archive.length,
      };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** PostgreSQL text and JSON cannot hold NUL characters (binary junk in a note): drop them, keep the rest. */
function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [withoutNul(key), withoutNul(child)])) as T;
  }
  return value;
}

function dedupeByPath(files: NoteFile[]): NoteFile[] {
  return [...new Map(files.map((file) => [file.path, file])).values()];
}

function messageOf(error: unknown): string {
  // Prisma's messages start with a blank line and end with the cause; keep the last meaningful line.
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown error"
  );
}
