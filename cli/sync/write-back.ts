/**
 * Writing review state into the vault's notes: only the review keys change (`withReviewState`, the same
 * rewrite as `cli export` and the notes page's download), and a file edited since it was read is left
 * alone (its edit is uploaded first; the next run writes it).
 */
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { withReviewState } from "@/lib/notes/write-back";
import type { NoteReviewState } from "./api-client";
import { contentHash } from "./sync-state";

const BOM = "\uFEFF";

export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

export interface WriteBackResult {
  written: string[];
  /** Path → hash of the content now on disk, for the sync state (so the write is not uploaded again). */
  hashes: Record<string, string>;
  failed: { path: string; message: string }[];
}

/**
 * For each studied note whose file still has the content the server has (`known[path]`), writes the new
 * review state. The file is re-checked just before the atomic rename, so an edit saved meanwhile wins.
 */
export async function writeBack(
  vault: string,
  states: readonly NoteReviewState[],
  known: Readonly<Record<string, string>>,
): Promise<WriteBackResult> {
  const result: WriteBackResult = { written: [], hashes: {}, failed: [] };
  const root = path.resolve(vault);
  for (const state of states) {
    if (!state.review || known[state.path] === undefined) continue;
    const file = path.resolve(root, state.path);
    // Paths come from the server; never write outside the vault.
    if (!file.startsWith(`${root}${path.sep}`)) continue;
    try {
      const raw = await readFile(file, "utf8").catch(() => null);
      if (raw === null || contentHash(withoutBom(raw)) !== known[state.path]) continue;
      const updated = withReviewState(raw, state);
      if (updated === raw) continue;
      const before = await stat(file);
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.recall-sync.tmp`);
      await writeFile(temporary, updated, { mode: before.mode });
      if ((await readFile(file, "utf8")) !== raw) {
        await unlink(temporary);
        continue;
      }
      await rename(temporary, file);
      result.written.push(state.path);
      result.hashes[state.path] = contentHash(withoutBom(updated));
    } catch (error) {
      result.failed.push({ path: state.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
