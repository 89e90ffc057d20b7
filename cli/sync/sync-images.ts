/**
 * Uploading the images the vault's notes embed (`![[name.png]]`, `![](img/x.png)`): only files a note
 * refers to, only images by their bytes, at most `ATTACHMENT_LIMITS.maxBytes` each, and only when their
 * content differs from what the server has (the state file keeps each image's hash).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  ATTACHMENT_LIMITS,
  attachmentIndex,
  detectImageType,
  IMAGE_FILE,
  imageReferences,
} from "@/lib/notes/attachments";
import { listVaultFiles } from "@/lib/server/notes/vault-files";
import { type ApiClient, ServerRefused } from "./api-client";

export interface ImagesSummary {
  uploaded: number;
  unchanged: number;
  /** Embedded images found nowhere in the vault (they show as placeholders). */
  missing: string[];
}

/** Uploads what changed; `known` (vault path → hash the server has) is updated in place as uploads land. */
export async function syncImages(options: {
  vault: string;
  notes: readonly { path: string; content: string }[];
  api: ApiClient;
  known: Record<string, string>;
  failed: { path: string; message: string }[];
}): Promise<ImagesSummary> {
  const { vault, api, known } = options;
  const summary: ImagesSummary = { uploaded: 0, unchanged: 0, missing: [] };
  const resolve = attachmentIndex(await listVaultFiles(vault, IMAGE_FILE));
  const wanted = new Set<string>();
  const missing = new Set<string>();
  for (const note of options.notes) {
    for (const { reference, kind } of imageReferences(note.content)) {
      const found = resolve(reference, kind, note.path);
      if (found) wanted.add(found);
      else missing.add(reference);
    }
  }
  summary.missing = [...missing].sort();
  for (const imagePath of [...wanted].sort()) {
    const bytes = await readFile(path.join(vault, imagePath)).catch(() => null);
    if (bytes === null) continue;
    if (bytes.byteLength > ATTACHMENT_LIMITS.maxBytes) {
      options.failed.push({ path: imagePath, message: `the image is larger than ${ATTACHMENT_LIMITS.maxBytes} bytes` });
      continue;
    }
    if (!detectImageType(bytes)) {
      options.failed.push({ path: imagePath, message: "not a PNG, JPEG, GIF or WebP image" });
      continue;
    }
    const hash = createHash("sha256").update(bytes).digest("base64url");
    if (known[imagePath] === hash) {
      summary.unchanged += 1;
      continue;
    }
    try {
      await api.putAttachment(imagePath, bytes);
      known[imagePath] = hash;
      summary.uploaded += 1;
    } catch (error) {
      // A refusal is about this image; an unreachable server ends the run (the next one retries).
      if (!(error instanceof ServerRefused) || error.status === 401 || error.status === 429) throw error;
      options.failed.push({ path: imagePath, message: error.message });
    }
  }
  return summary;
}
