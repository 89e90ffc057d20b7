/** Finding and reading a vault's Markdown files: a folder on disk, or a `.zip` of one (fflate). */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { unzipSync } from "fflate";

const IGNORED_DIRS = new Set([".obsidian", ".git", "node_modules", ".trash", "__MACOSX"]);
const MARKDOWN = /\.(md|markdown)$/i;
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

/**
 * Paths (relative to `root`, `/`-separated, sorted) of every `.md` file under `root`, recursively,
 * skipping `.obsidian/`, `.git/` and `node_modules/`. Symbolic links are not followed.
 */
export async function listVaultFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!IGNORED_DIRS.has(entry.name)) pending.push(join(dir, entry.name));
      } else if (entry.isFile() && MARKDOWN.test(entry.name)) {
        found.push(relative(root, join(dir, entry.name)).split(sep).join("/"));
      }
    }
  }
  return found.sort();
}

function decode(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a vault from a file or a folder: a single `.md` file gives one entry named after the file; a
 * folder gives all its notes (see `listVaultFiles`).
 */
export async function readVaultFiles(fileOrFolder: string): Promise<VaultFile[]> {
  const info = await stat(fileOrFolder);
  if (info.isFile()) return [{ path: basename(fileOrFolder), content: decode(await readFile(fileOrFolder)) }];
  const paths = await listVaultFiles(fileOrFolder);
  return Promise.all(paths.map(async (path) => ({ path, content: decode(await readFile(join(fileOrFolder, path))) })));
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
    .map(([name, data]) => ({ path: name.replace(/\\/g, "/").replace(/^\/+/, ""), content: decode(data) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
