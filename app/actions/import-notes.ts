"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { advanceImportProgress, endImportProgress, startImportProgress } from "@/lib/db/import/import-progress";
import { importVault } from "@/lib/db/import/import-vault";
import { AppError, isAppError } from "@/lib/errors";
import { checkNoteText, type VaultFile } from "@/lib/notes/vault";
import { readZipVault, ZIP_LIMITS, type ZipFileProblem } from "@/lib/server/notes/zip-vault";
import { authedAction, formStateAction } from "./_lib/action";

/** A file that was not imported (or imported with a warning), and why; the page translates the reason. */
export type UploadProblem = { file: string; reason: ZipFileProblem | "empty-file" };

/** The zip limits whose AppError reason the page explains with the limit's value. */
const LIMIT_REASONS: readonly string[] = ["zip-too-many-entries", "zip-file-too-large", "zip-too-large", "zip-ratio"];

const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

// Files with a name only: an empty file is still a chosen file (it gets a warning below, not "choose a file").
// `progressId`: chosen by the form, so it can poll /api/imports/progress while the import runs.
const uploadForm = z.object({
  files: z.union([z.instanceof(File), z.array(z.instanceof(File))]).optional(),
  progressId: z.uuid().optional(),
});

function noFiles(): AppError {
  return new AppError("INVALID_INPUT", "Choose at least one .md file or .zip archive.", {
    reason: "no-files",
    field: "files",
  });
}

/** Imports uploaded .md files and/or .zip vaults for the signed-in user. */
export const importUploadedNotes = formStateAction(
  authedAction(uploadForm, async (input, user) => {
    const uploads = [input.files ?? []].flat().filter((file) => file.name !== "");
    if (uploads.length === 0) throw noFiles();
    if (uploads.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", "The upload is larger than 64 MB.", {
        reason: "payload-too-large",
        field: "files",
      });
    }
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
            throw new AppError(error.code, error.message, {
              reason: error.reason,
              field: "files",
              subject: name,
            });
          }
          throw new AppError("INVALID_INPUT", `${name} is not a readable zip archive.`, {
            reason: "bad-zip",
            field: "files",
            subject: name,
            cause: error,
          });
        }
      } else if (/\.(md|markdown)$/i.test(name)) {
        if (upload.size > ZIP_LIMITS.maxFileBytes) {
          throw new AppError("PAYLOAD_TOO_LARGE", `${name} is larger than the note size limit.`, {
            reason: "note-too-large",
            field: "files",
            subject: name,
          });
        }
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
    if (files.length === 0 && problems.length === 0) throw noFiles();
    const progress = input.progressId ? { id: input.progressId, userId: user.id } : null;
    if (progress) await startImportProgress({ ...progress, total: files.length });
    const summary = await importVault({
      userId: user.id,
      files,
      ...(progress ? { onProgress: (done: number) => advanceImportProgress({ ...progress, done }) } : {}),
    }).finally(() => (progress ? endImportProgress(progress) : undefined));
    revalidatePath("/notes");
    revalidatePath("/");
    return { summary, skipped, problems };
  }),
);
