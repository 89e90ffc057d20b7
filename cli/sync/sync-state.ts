/**
 * The sync state: one small JSON file in the vault (`.recall-sync.json`), so the vault can move machines.
 * For each note it keeps the content hash the server has, which is how a later run knows what changed.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export const STATE_FILE = ".recall-sync.json";

export interface SyncState {
  version: 1;
  /** The server this state belongs to; another server starts from scratch. */
  server: string;
  /** Vault path → content hash (as the server computes it) of the version the server has. */
  files: Record<string, string>;
  /** Vault path → SHA-256 (base64url) of each embedded image the server has. */
  images: Record<string, string>;
}

/** The server's content hash: SHA-256 of the text (BOM removed), base64url. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

export async function loadState(vault: string, server: string): Promise<SyncState> {
  const empty: SyncState = { version: 1, server, files: {}, images: {} };
  const text = await readFile(path.join(vault, STATE_FILE), "utf8").catch(() => null);
  if (text === null) return empty;
  try {
    const state = JSON.parse(text) as Partial<SyncState>;
    if (state.version !== 1 || state.server !== server || typeof state.files !== "object" || !state.files) return empty;
    const images = typeof state.images === "object" && state.images ? { ...state.images } : {};
    return { version: 1, server, files: { ...state.files }, images };
  } catch {
    return empty;
  }
}

/** Writes the state atomically (a temporary file renamed over it), so a crash never leaves half a file. */
export async function saveState(vault: string, state: SyncState): Promise<void> {
  const target = path.join(vault, STATE_FILE);
  // Unique per write, not per process: two syncs of one vault in one process (or a watcher and a one-off
  // run) must not rename each other's temporary file away.
  const temporary = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  const sorted = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = JSON.stringify({ ...state, files: sorted(state.files), images: sorted(state.images) }, null, 1);
  await writeFile(temporary, `${text}\n`);
  await rename(temporary, target);
}
