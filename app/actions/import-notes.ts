"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { importVault } from "@/lib/db/import/import-vault";
import { AppError } from "@/lib/errors";
import { readZipVault, type VaultFile } from "@/lib/notes/vault";
import { authedAction, formStateAction } from "./_lib/action";

const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

const uploadForm = z.object({ files: z.union([z.instanceof(File), z.array(z.instanceof(File))]).optional() });

function noFiles(): AppError {
  return new AppError("INVALID_INPUT", "Choose at least one .md file or .zip archive.", {
    reason: "no-files",
    field: "files",
  });
}

/** Imports uploaded .md files and/or .zip vaults for the signed-in user. */
export const importUploadedNotes = formStateAction(
  authedAction(uploadForm, async (input, user) => {
    const uploads = [input.files ?? []].flat().filter((file) => file.size > 0);
    if (uploads.length === 0) throw noFiles();
    if (uploads.reduce((sum, file) => sum + file.size, 0) > MAX_UPLOAD_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", "The upload is larger than 64 MB.", {
        reason: "payload-too-large",
        field: "files",
      });
    }
    const files: VaultFile[] = [];
    const skipped: string[] = [];
    for (const upload of uploads) {
      const name = upload.name.replaceAll("\\", "/");
      if (/\.zip$/i.test(name)) {
        try {
          files.push(...readZipVault(new Uint8Array(await upload.arrayBuffer())));
        } catch (error) {
          throw new AppError("INVALID_INPUT", `${name} is not a readable zip archive.`, {
            reason: "bad-zip",
            field: "files",
            subject: name,
            cause: error,
          });
        }
      } else if (/\.(md|markdown)$/i.test(name)) {
        files.push({ path: name, content: await upload.text() });
      } else {
        skipped.push(name);
      }
    }
    if (files.length === 0) throw noFiles();
    const summary = await importVault({ userId: user.id, files });
    revalidatePath("/notes");
    revalidatePath("/");
    return { summary, skipped };
  }),
);
