/**
 * A vault's Markdown files from a `.zip` of it (fflate), and the rules shared with the folder reader in
 * `lib/server/notes/vault-files.ts` (which folders are skipped, which names are notes, BOM stripping).
 */
import { basename } from "node:path";
import { unzipSync } from "fflate";

export const IGNORED_DIRS: ReadonlySet<string> = new Set([".obsidian", ".git", "node_modules", ".trash", "__MACOSX"]);
export const MARKDOWN = /\.(md|markdown)$/i;
/** Largest single note read from a zip (bytes); bigger entries are skipped. */
const MAX_ZIP_ENTRY = 8 * 1024 * 1024;
/** Largest total of notes read from a zip (bytes), against zip bombs. */
const MAX_ZIP_TOTAL = 512 * 1024 * 1024;

/** A note file: a path relative to the vault root (with `/`) and its text. */
export interface VaultFile {
  path: string;
  content: string;
}

/** Is this relative path inside a folder that import ignores (`.obsidian/`, `.git/`, `node_modules/`…)? */
export function isIgnoredPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => IGNORED_DIRS.has(part));
}

/** UTF-8 text of a file, without a byte-order mark. */
export function decodeNote(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The Markdown files inside a `.zip` of a vault, sorted by path (ignored folders and macOS `__MACOSX`
 * skipped; a single top folder wrapping everything is kept in the path). Throws an Error with a short
 * message when the bytes are not a zip archive.
 */
export function readZipVault(bytes: Uint8Array): VaultFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!MARKDOWN.test(file.name) || isIgnoredPath(file.name) || file.originalSize > MAX_ZIP_ENTRY) return false;
        total += file.originalSize;
        return total <= MAX_ZIP_TOTAL;
      },
    });
  } catch (error) {
    throw new Error(`not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith("/") && basename(name) !== "" && !basename(name).startsWith("._"))
    .map(([name, data]) => ({ path: name.replace(/\\/g, "/").replace(/^\/+/, ""), content: decodeNote(data) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
