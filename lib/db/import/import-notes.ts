import { createHash } from "node:crypto";
import type { NoteFile } from "@/lib/notes/types";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { scheduleColumns } from "@/lib/db/cards/schedule-columns";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { stateFromImportedReview, studyDayOf } from "@/lib/schedule";
import { type NoteToWrite, type ParsedNoteInput, writeNoteBatch } from "./write-note-batch";

export type { ParsedNoteInput } from "./write-note-batch";

export type { NoteFile } from "@/lib/notes/types";

export interface ImportSummary {
  notes: { added: number; updated: number; unchanged: number; failed: number };
  /** `cards.added` counts cards to study; suggested cards created are counted here instead. */
  cards: { added: number; updated: number; archived: number };
  suggestions: number;
  warnings: { file: string; line: number; message: string }[];
  /** `reason` names a cause clients translate (a note over its parse time budget). */
  failures: { file: string; message: string; reason?: "note-parse-timeout" }[];
}

export interface ImportOptions {
  userId: string;
  files: NoteFile[];
  /** Parses many notes (off the event loop: the worker pool); one result per input, in order. */
  parse: (files: NoteFile[]) => Promise<ParsedNoteInput[]>;
  now?: Date;
  /** Notes parsed and written together; each batch is one transaction. */
  batchSize?: number;
  /** Told how many files are handled (unchanged, written or failed) after each batch, for progress. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

export function contentHash(source: string): string {
  return createHash("sha256").update(source).digest("base64url");
}

/**
 * Imports notes for one user without losing anything: unchanged files (same content hash) are skipped
 * before parsing; changed notes are parsed in batches while the previous batch is written; cards keep
 * their ids and history through edits; cards that left a note are archived; a batch that fails is
 * retried note by note, so one bad note is reported and the others go on.
 */
export async function importNotes(options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    notes: { added: 0, updated: 0, unchanged: 0, failed: 0 },
    cards: { added: 0, updated: 0, archived: 0 },
    suggestions: 0,
    warnings: [],
    failures: [],
  };
  const files = [...new Map(options.files.map((file) => [file.path, file])).values()];
  const existing = await db().note.findMany({
    where: { userId: options.userId, path: { in: files.map((file) => file.path) } },
    select: { path: true, contentHash: true, archivedAt: true },
  });
  const storedHash = new Map(existing.filter((n) => !n.archivedAt).map((n) => [n.path, n.contentHash]));
  const hashes = new Map(files.map((file) => [file.path, contentHash(file.source)]));
  const changed = files.filter((file) => storedHash.get(file.path) !== hashes.get(file.path));
  summary.notes.unchanged = files.length - changed.length;
  await options.onProgress?.(summary.notes.unchanged, files.length);
  if (changed.length === 0) return summary;

  const settings = await findScheduleSettings({ userId: options.userId });
  const today = studyDayOf(options.now ?? new Date(), settings);
  const initialSchedule = (review: ParsedNoteInput["review"]) =>
    scheduleColumns(stateFromImportedReview(review, today, settings));

  const size = options.batchSize ?? 50;
  const batches = Array.from({ length: Math.ceil(changed.length / size) }, (_, i) =>
    changed.slice(i * size, (i + 1) * size),
  );
  // A batch whose parse fails is parsed again without the note at fault: the one named by a time-out (its
  // budget is not spent twice), else note by note (a crashed worker). Only that note is reported.
  type Parsed = { note: ParsedNoteInput | undefined; error: unknown };
  const parseAll = (batch: NoteFile[]): Promise<Parsed[]> =>
    options.parse(batch).then(
      (parsed) => batch.map((_, position) => ({ note: parsed[position], error: null })),
      async (error: unknown): Promise<Parsed[]> => {
        if (batch.length === 1) return [{ note: undefined, error }];
        const culprit = isAppError(error) && error.reason === "note-parse-timeout" ? error.subject : undefined;
        if (culprit === undefined || !batch.some((file) => file.path === culprit)) {
          return (await Promise.all(batch.map((file) => parseAll([file])))).flat();
        }
        const rest = await parseAll(batch.filter((file) => file.path !== culprit));
        return batch.map((file) => (file.path === culprit ? { note: undefined, error } : (rest.shift() as Parsed)));
      },
    );
  const parseBatch = (batch: NoteFile[]) => parseAll(batch).then((results) => ({ batch, results }));

  // Pipelined: the workers parse batch n + 1 while the database takes batch n.
  let next = parseBatch(batches[0] as NoteFile[]);
  for (let index = 0; index < batches.length; index++) {
    const { batch, results } = await next;
    if (index + 1 < batches.length) next = parseBatch(batches[index + 1] as NoteFile[]);
    const items: NoteToWrite[] = [];
    batch.forEach((file, position) => {
      const { note, error } = results[position] ?? { note: undefined, error: null };
      if (!note) {
        summary.failures.push({
          file: file.path,
          message: error ? messageOf(error) : "the parser returned nothing for this file",
          ...(isAppError(error) && error.reason === "note-parse-timeout" ? { reason: error.reason } : {}),
        });
        summary.notes.failed += 1;
        return;
      }
      for (const warning of note.warnings) summary.warnings.push({ file: file.path, ...warning });
      items.push({
        path: file.path,
        source: storableInPostgres(file.source),
        hash: hashes.get(file.path) as string,
        note: storableInPostgres(note),
      });
    });
    await writeWithFallback(options.userId, items, initialSchedule, summary);
    await options.onProgress?.(summary.notes.unchanged + Math.min(changed.length, (index + 1) * size), files.length);
  }
  summary.warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return summary;
}

async function writeWithFallback(
  userId: string,
  items: NoteToWrite[],
  initialSchedule: Parameters<typeof writeNoteBatch>[2],
  summary: ImportSummary,
): Promise<void> {
  if (items.length === 0) return;
  try {
    const result = await writeNoteBatch(userId, items, initialSchedule);
    for (const outcome of result.outcomes.values()) summary.notes[outcome] += 1;
    summary.cards.added += result.cards.added;
    summary.cards.updated += result.cards.updated;
    summary.cards.archived += result.cards.archived;
    summary.suggestions += result.suggestions;
  } catch (error) {
    if (items.length === 1) {
      summary.failures.push({ file: (items[0] as NoteToWrite).path, message: messageOf(error) });
      summary.notes.failed += 1;
      return;
    }
    for (const item of items) await writeWithFallback(userId, [item], initialSchedule, summary);
  }
}

/**
 * PostgreSQL text cannot hold NUL characters nor unpaired UTF-16 surrogates (binary junk in a note):
 * drop NULs, turn lone surrogates into U+FFFD, keep the rest.
 */
function storableInPostgres<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "").toWellFormed() as T;
  if (Array.isArray(value)) return value.map(storableInPostgres) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [storableInPostgres(key), storableInPostgres(child)]),
    ) as T;
  }
  return value;
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
