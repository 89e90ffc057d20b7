"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import type { ImportSummary } from "@/lib/db/import/import-notes";
import { importVault } from "@/lib/db/import/import-vault";
import { isAppError } from "@/lib/errors";
import { checkNoteText, type VaultFile } from "@/lib/notes/vault";
import { readZipVault, ZIP_LIMITS, type ZipFileProblem } from "@/lib/server/notes/zip-vault";

/** A file that was not imported (or imported with a warning), and why; the page translates the reason. */
export type UploadProblem = { file: string; reason: ZipFileProblem | "empty-file" };

type UploadLimit = "zip-too-many-entries" | "zip-file-too-large" | "zip-too-large" | "zip-ratio" | "note-too-large";

export type ImportState =
  | { ok: true; summary: ImportSummary; skipped: string[]; problems: UploadProblem[] }
  | {
      ok: false;
      error: "no-files" | "too-large" | "bad-zip" | "unknown" | UploadLimit;
      file?: string;
      message?: string;
    }
  | null;

const LIMIT_REASONS: readonly string[] = ["zip-too-many-entries", "zip-file-too-large", "zip-too-large", "zip-ratio"];

const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** Imports uploaded .md files and/or .zip vaults for the signed-in user. */
export async function importUploadedNotes(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser();
  // An empty file is still a chosen file: it gets a warning below, not "choose a file".
  const uploads = formData.getAll("files").filter((value): value is File => value instanceof File && value.name !== "");
  if (uploads.length === 0) return { ok: false, error: "no-files" };
  if (uploads.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES) return { ok: false, error: "too-large" };

  const files: VaultFile[] = [];
  const skipped: string[] = [];
  const problems: UploadProblem[] = [];
  for (const upload of uploads) {
    const name = upload.name.replaceAll("\\", "/");
    if (/\.zip$/i.test(name)) {
      try {
        const vault = await readZipVault(new Uint8Array(await upload.arrayBuffer()));
        files.push(...vault.files);
        problems.push(...vault.rejected.map((entry) => ({ file: entry.path, reason: entry.reason })));
        problems.push(...vault.warnings.map((entry) => ({ file: entry.path, reason: entry.reason })));
      } catch (error) {
        if (isAppError(error) && LIMIT_REASONS.includes(error.reason)) {
          return { ok: false, error: error.reason as UploadLimit, file: name, message: error.message };
        }
        return { ok: false, error: "bad-zip", file: name };
      }
    } else if (/\.(md|markdown)$/i.test(name)) {
      if (upload.size > ZIP_LIMITS.maxFileBytes) return { ok: false, error: "note-too-large", file: name };
      const text = checkNoteText(new Uint8Array(await upload.arrayBuffer()));
      if (text === null) problems.push({ file: name, reason: "not-text" });
      else {
        if (text.trim() === "") problems.push({ file: name, reason: "empty-file" });
        files.push({ path: name, content: text });
      }
    } else {
      skipped.push(name);
    }
  }
  if (files.length === 0 && problems.length === 0) return { ok: false, error: "no-files" };
  try {
    const summary = await importVault({ userId: user.id, files });
    revalidatePath("/notes");
    revalidatePath("/");
    return { ok: true, summary, skipped, problems };
  } catch (error) {
    console.error(error);
    return { ok: false, error: "unknown" };
  }
}
