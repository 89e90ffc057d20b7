/**
 * The rules for reading a vault (which folders are skipped, which names are notes, safe entry paths, text
 * detection, BOM stripping), shared by `lib/server/notes/zip-vault.ts` and `lib/server/notes/vault-files.ts`.
 */
export const IGNORED_DIRS: ReadonlySet<string> = new Set([".obsidian", ".git", "node_modules", ".trash", "__MACOSX"]);
export const MARKDOWN = /\.(md|markdown)$/i;

/** Upload limits for vault zips (docs/security.md). */
export interface ZipLimits {
  /** Entries in the archive (all kinds, from its directory). */
  maxEntries: number;
  /** Inflated bytes of one note: also the note size limit. */
  maxFileBytes: number;
  /** Inflated bytes of all notes together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size of one entry, checked once it is past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes?: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/** A note file: a path relative to the vault root (with `/`) and its text. */
export interface VaultFile {
  path: string;
  content: string;
}

/** Is this relative path inside a folder that import ignores (`.obsidian/`, `.git/`, `node_modules/`…)? */
export function isIgnoredPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => IGNORED_DIRS.has(part));
}

/**
 * A zip entry's name as a safe relative path (`a/./b.md` → `a/b.md`), or null when it is absolute, has a
 * drive letter, uses backslashes, or climbs out with `..`: such entries are refused, never stored as given.
 */
export function safeEntryPath(name: string): string | null {
  if (name.includes("\\") || name.startsWith("/") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return null;
  const parts: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return null;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join("/") : null;
}

/** The text of a note file, or null when it is not text (NUL bytes or invalid UTF-8: a binary renamed .md). */
export function checkNoteText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** UTF-8 text of a file, without a byte-order mark. */
export function decodeNote(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
