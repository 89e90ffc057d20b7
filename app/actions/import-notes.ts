"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import type { ImportSummary } from "@/lib/db/import/import-notes";
import { importVault } from "@/lib/db/import/import-vault";
import { readZipVault, type VaultFile } from "@/lib/notes/vault";

export type ImportState =
  | { ok: true; summary: ImportSummary; skipped: string[] }
  | { ok: false; error: "no-files" | "too-large" | "bad-zip" | "unknown"; file?: string }
  | null;

const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** Imports uploaded .md files and/or .zip vaults for the signed-in user. */
export async function importUploadedNotes(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser();
  const uploads = formData.getAll("files").filter((value): value is File => value instanceof File && value.size > 0);
  if (uploads.length === 0) return { ok: false, error: "no-files" };
  if (uploads.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES) return { ok: false, error: "too-large" };

  const files: VaultFile[] = [];
  const skipped: string[] = [];
  for (const upload of uploads) {
    const name = upload.name.replaceAll("\\", "/");
    if (/\.zip$/i.test(name)) {
      try {
        files.push(...readZipVault(new Uint8Array(await upload.arrayBuffer())));
      } catch {
        return { ok: false, error: "bad-zip", file: name };
      }
    } else if (/\.(md|markdown)$/i.test(name)) {
      files.push({ path: name, content: await upload.text() });
    } else {
      skipped.push(name);
    }
  }
  if (files.length === 0) return { ok: false, error: "no-files" };
  try {
    const summary = await importVault({ userId: user.id, files });
    revalidatePath("/notes");
    revalidatePath("/");
    return { ok: true, summary, skipped };
  } catch (error) {
    console.error(error);
    return { ok: false, error: "unknown" };
  }
}
