import type pg from "pg";
import { sqlPool } from "@/lib/db/client";
import type { ImportSummary } from "./import-notes";
import { importVault } from "./import-vault";

export interface SyncNotesOptions {
  userId: string;
  files: { path: string; content: string }[];
  /** Paths whose files were deleted: their notes are archived (cards archived, history kept). */
  deleted: string[];
  /** Files moved in the vault: applied first, so the note keeps its id, cards and history. */
  renamed: { from: string; to: string }[];
  now: Date;
}

/**
 * One sync request (`PUT /api/v1/notes`): renames, then the import pipeline for the files (idempotent by
 * content hash, each note atomic), then archiving the deleted paths. A rename whose source is unknown or
 * whose target is already taken is skipped: the files and deletions sent with it then do the job as an
 * add and an archive. Returns the import summary, with the deletions' archived cards counted in.
 */
export async function syncNotes(options: SyncNotesOptions): Promise<ImportSummary> {
  if (options.renamed.length > 0) await renameNotes(options.userId, options.renamed, options.now);
  const summary = await importVault({ userId: options.userId, files: options.files, now: options.now });
  const sent = new Set(options.files.map((file) => file.path));
  const deleted = [...new Set(options.deleted)].filter((path) => !sent.has(path));
  if (deleted.length > 0) summary.cards.archived += await archiveNotes(options.userId, deleted, options.now);
  return summary;
}

/** Runs `work` in one transaction holding the import's per-(user, path) advisory locks for `paths`. */
async function withPathLocks<T>(userId: string, paths: string[], work: (sql: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await sqlPool().connect();
  try {
    await client.query("begin");
    // Same keys and order as writeNoteBatch, so a sync and an import of the same files wait for each other.
    await client.query(
      `select pg_advisory_xact_lock(hashtextextended(k, 0))
         from unnest($1::text[]) as k order by hashtextextended(k, 0)`,
      [[...new Set(paths)].map((path) => `${userId}:${path}`)],
    );
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function renameNotes(userId: string, renames: SyncNotesOptions["renamed"], now: Date): Promise<void> {
  await withPathLocks(
    userId,
    renames.flatMap((rename) => [rename.from, rename.to]),
    async (sql) => {
      for (const { from, to } of renames) {
        await sql.query(
          `update "Note" set path = $3, "updatedAt" = $4::timestamp
            where "userId" = $1 and path = $2
              and not exists (select 1 from "Note" where "userId" = $1 and path = $3)`,
          [userId, from, to, now.toISOString()],
        );
      }
    },
  );
}

/** Archives the notes at `paths` and their active and suggested cards; returns how many cards. */
async function archiveNotes(userId: string, paths: string[], now: Date): Promise<number> {
  return withPathLocks(userId, paths, async (sql) => {
    const stamp = now.toISOString();
    const notes = await sql.query<{ id: string }>(
      `update "Note" set "archivedAt" = $3::timestamp, "updatedAt" = $3::timestamp
        where "userId" = $1 and path = any($2::text[]) and "archivedAt" is null
        returning id`,
      [userId, paths, stamp],
    );
    if (notes.rows.length === 0) return 0;
    // Suspended and dropped cards keep the student's decision; restoring the file brings the others back.
    const cards = await sql.query(
      `update "Card" set status = 'archived', "updatedAt" = $3::timestamp
        where "userId" = $1 and "noteId" = any($2::text[]) and status in ('active', 'suggested')`,
      [userId, notes.rows.map((note) => note.id), stamp],
    );
    return cards.rowCount ?? 0;
  });
}
