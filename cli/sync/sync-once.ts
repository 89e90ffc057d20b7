/**
 * One sync run: upload what changed since the server last saw it, then (optionally) write review state
 * back. HTTP only; the state file records progress batch by batch, so an interrupted run loses nothing.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listVaultFiles } from "@/lib/server/notes/vault-files";
import { API_LIMITS } from "@/lib/validations/api-v1";
import type { ApiClient } from "./api-client";
import { batches, type LocalFile, planUpload } from "./plan-upload";
import { type ImagesSummary, syncImages } from "./sync-images";
import { contentHash, loadState, saveState } from "./sync-state";
import { withoutBom, writeBack } from "./write-back";

/** The `sync --json` contract. */
export interface SyncSummary {
  uploaded: number;
  unchanged: number;
  deleted: number;
  written: string[];
  failed: { path: string; message: string }[];
  /** Embedded images: uploaded this run, unchanged, and references found nowhere in the vault. */
  images: ImagesSummary;
}

export interface SyncOnceOptions {
  vault: string;
  server: string;
  api: ApiClient;
  writeBack: boolean;
  /** Bytes of note content per request (the server takes up to `API_LIMITS.notesBodyBytes`). */
  batchBytes?: number;
}

async function readLocalFiles(vault: string): Promise<LocalFile[]> {
  const paths = await listVaultFiles(vault);
  const files = await Promise.all(
    paths.map(async (notePath) => {
      const content = await readFile(path.join(vault, notePath), "utf8").catch(() => null);
      return content === null
        ? null
        : { path: notePath, content: withoutBom(content), hash: contentHash(withoutBom(content)) };
    }),
  );
  return files.filter((file): file is LocalFile => file !== null);
}

/** Runs one sync; throws ServerUnreachable / ServerRefused when the server cannot take it at all. */
export async function syncOnce(options: SyncOnceOptions): Promise<SyncSummary> {
  const state = await loadState(options.vault, options.server);
  const files = await readLocalFiles(options.vault);
  // A first run (or a vault moved to a new machine) learns what the server already has of this vault's
  // files, so it sends only what differs. Server notes that are not in the vault (uploaded by hand, made by
  // Recall) are not this vault's to delete, so they stay out of the state.
  if (Object.keys(state.files).length === 0) {
    const inVault = new Set(files.map((file) => file.path));
    for (const note of await options.api.listNotes()) if (inVault.has(note.path)) state.files[note.path] = note.hash;
  }
  const summary: SyncSummary = {
    uploaded: 0,
    unchanged: 0,
    deleted: 0,
    written: [],
    failed: [],
    images: { uploaded: 0, unchanged: 0, missing: [] },
  };
  const tooLarge = files.filter((file) => file.content.length > API_LIMITS.noteChars);
  for (const file of tooLarge)
    summary.failed.push({ path: file.path, message: "the note is larger than the server takes" });
  const plan = planUpload(
    files.filter((file) => file.content.length <= API_LIMITS.noteChars),
    state.files,
  );
  summary.unchanged = plan.unchanged;

  for (const batch of batches(plan, API_LIMITS.filesPerRequest, options.batchBytes ?? 8 * 1024 * 1024)) {
    const result = await options.api.putNotes({
      files: batch.files.map(({ path, content }) => ({ path, content })),
      deleted: batch.deleted,
      renamed: batch.renamed,
    });
    const failedHere = new Set(result.failures.map((failure) => failure.file));
    for (const failure of result.failures) summary.failed.push({ path: failure.file, message: failure.message });
    for (const rename of batch.renamed) delete state.files[rename.from];
    for (const deleted of batch.deleted) delete state.files[deleted];
    for (const file of batch.files) {
      if (failedHere.has(file.path)) continue;
      state.files[file.path] = file.hash;
      summary.uploaded += 1;
    }
    summary.deleted += batch.deleted.length;
    await saveState(options.vault, state);
  }

  if (Object.keys(state.images).length === 0) {
    for (const image of await options.api.listAttachments()) state.images[image.path] = image.hash;
  }
  const imagesBefore = JSON.stringify(state.images);
  try {
    summary.images = await syncImages({
      vault: options.vault,
      notes: files,
      api: options.api,
      known: state.images,
      failed: summary.failed,
    });
  } finally {
    // Images that went up before a failure are recorded, so the retry does not send them again.
    if (JSON.stringify(state.images) !== imagesBefore) await saveState(options.vault, state);
  }

  if (options.writeBack) {
    const result = await writeBack(options.vault, await options.api.reviewState(), state.files);
    // The new hashes go into the state: the rewritten files count as what the server has, so these writes
    // are not uploaded again (only review keys changed, which the server computed itself).
    Object.assign(state.files, result.hashes);
    summary.written = result.written;
    summary.failed.push(...result.failed);
    if (result.written.length > 0) await saveState(options.vault, state);
  }
  return summary;
}
