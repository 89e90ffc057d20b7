/**
 * Reads the notes of an uploaded vault `.zip` without trusting it: the sizes an archive claims are ignored,
 * entries are inflated as a stream in small steps (yielding to the event loop between them, so other
 * requests go on) and counted as they inflate, and the first limit crossed stops everything with a message
 * naming it. Limits are documented in docs/security.md.
 */
import { basename } from "node:path";
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { AppError, type AppErrorReason } from "@/lib/errors";
import {
  checkNoteText,
  isIgnoredPath,
  MARKDOWN,
  safeEntryPath,
  type VaultFile,
  ZIP_LIMITS,
  type ZipLimits,
} from "@/lib/notes/vault";

export { ZIP_LIMITS, type ZipLimits };

export type ZipFileProblem = "unsafe-path" | "not-text";

export interface ZipVault {
  files: VaultFile[];
  /** Entries not imported, and why. */
  rejected: { path: string; reason: ZipFileProblem }[];
  /** Imported, but worth telling (an empty note). */
  warnings: { path: string; reason: "empty-file" }[];
}

// Compressed bytes fed to the inflater per step: deflate expands at most ~1032×, so one step makes ≤ 4 MB.
const STEP_BYTES = 4096;
const STEPS_PER_YIELD = 16;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

function limitHit(reason: AppErrorReason, message: string): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", message, { reason });
}

function notAZip(detail: string): AppError {
  return new AppError("INVALID_INPUT", `not a readable zip archive (${detail})`, { reason: "bad-zip" });
}

/** The entry count from the end-of-central-directory record, read before inflating anything. */
function declaredEntryCount(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 65_535); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return view.getUint16(offset + 10, true);
  }
  throw notAZip("no zip directory found");
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function readZipVault(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<ZipVault> {
  const entries = declaredEntryCount(bytes);
  // 0xFFFF means "see the zip64 record": more than this reader accepts anyway.
  if (entries > limits.maxEntries || entries === 0xffff) {
    throw limitHit("zip-too-many-entries", `The zip has more than ${limits.maxEntries} entries.`);
  }
  const read: { path: string; bytes: Uint8Array }[] = [];
  const rejected: ZipVault["rejected"] = [];
  let total = 0;
  let failure: AppError | null = null;

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure || file.name.endsWith("/")) return;
    if (!MARKDOWN.test(file.name) || isIgnoredPath(file.name) || basename(file.name).startsWith("._")) return;
    const path = safeEntryPath(file.name);
    if (!path) {
      rejected.push({ path: file.name, reason: "unsafe-path" });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = notAZip(error.message);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxFileBytes) {
        failure = limitHit(
          "zip-file-too-large",
          `${path} is larger than ${formatBytes(limits.maxFileBytes)} unpacked, the limit for one note.`,
        );
      } else if (total > limits.maxTotalBytes) {
        failure = limitHit(
          "zip-too-large",
          `The notes in the zip are larger than ${formatBytes(limits.maxTotalBytes)} unpacked, the limit for one upload.`,
        );
      } else if (file.size && size > (limits.ratioFloorBytes ?? 0) && size > limits.maxRatio * Math.max(file.size, 1)) {
        failure = limitHit(
          "zip-ratio",
          `${path} unpacks to more than ${limits.maxRatio} times its packed size, the limit against zip bombs.`,
        );
      }
      if (failure) {
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) read.push({ path, bytes: Buffer.concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let offset = 0, step = 0; offset < bytes.length && !failure; offset += STEP_BYTES, step++) {
      unzip.push(bytes.subarray(offset, offset + STEP_BYTES), offset + STEP_BYTES >= bytes.length);
      if (step % STEPS_PER_YIELD === STEPS_PER_YIELD - 1) await nextTurn();
    }
  } catch (error) {
    if (!failure) throw notAZip(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure;

  const files: VaultFile[] = [];
  const warnings: ZipVault["warnings"] = [];
  for (const entry of read) {
    const text = checkNoteText(entry.bytes);
    if (text === null) rejected.push({ path: entry.path, reason: "not-text" });
    else {
      if (text.trim() === "") warnings.push({ path: entry.path, reason: "empty-file" });
      files.push({ path: entry.path, content: text });
    }
  }
  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), rejected: rejected.sort(byPath), warnings: warnings.sort(byPath) };
}
