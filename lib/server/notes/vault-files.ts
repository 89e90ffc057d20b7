/** Reading a vault's Markdown files from disk: a folder (recursively) or a single file. */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { decodeNote, IGNORED_DIRS, MARKDOWN, type VaultFile } from "@/lib/notes/vault";

/**
 * Paths (relative to `root`, `/`-separated, sorted) of every `.md` file (or every file whose name matches
 * `names`) under `root`, recursively, skipping `.obsidian/`, `.git/`, `.trash/` and `node_modules/`.
 * Symbolic links are not followed.
 */
export async function listVaultFiles(root: string, names: RegExp = MARKDOWN): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!IGNORED_DIRS.has(entry.name)) pending.push(join(dir, entry.name));
      } else if (entry.isFile() && names.test(entry.name)) {
        found.push(relative(root, join(dir, entry.name)).split(sep).join("/"));
      }
    }
  }
  return found.sort();
}

/**
 * Reads a vault from a file or a folder: a single `.md` file gives one entry named after the file; a
 * folder gives all its notes (see `listVaultFiles`).
 */
export async function readVaultFiles(fileOrFolder: string): Promise<VaultFile[]> {
  const info = await stat(fileOrFolder);
  if (info.isFile()) return [{ path: basename(fileOrFolder), content: decodeNote(await readFile(fileOrFolder)) }];
  const paths = await listVaultFiles(fileOrFolder);
  return Promise.all(
    paths.map(async (path) => ({ path, content: decodeNote(await readFile(join(fileOrFolder, path))) })),
  );
}
