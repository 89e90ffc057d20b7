/**
 * What one sync run must send, from the vault's current files and the hashes the server has. Pure, so
 * the rules (changed, deleted, renamed, batches) are tested without files or a server.
 */

export interface LocalFile {
  path: string;
  /** Text as uploaded (BOM removed). */
  content: string;
  hash: string;
}

export interface UploadPlan {
  changed: LocalFile[];
  unchanged: number;
  /** Paths the server has that are gone from the vault (renames excluded). */
  deleted: string[];
  /** A file gone from one path and present, same content, at a new one: the note moves with its history. */
  renamed: { from: string; to: string }[];
}

/** Compares the vault with `known` (path → hash the server has). */
export function planUpload(files: readonly LocalFile[], known: Readonly<Record<string, string>>): UploadPlan {
  const present = new Set(files.map((file) => file.path));
  const gone = Object.entries(known).filter(([path]) => !present.has(path));
  const goneByHash = new Map<string, string[]>();
  for (const [path, hash] of gone) goneByHash.set(hash, [...(goneByHash.get(hash) ?? []), path]);

  const changed = files.filter((file) => known[file.path] !== file.hash);
  const renamed: UploadPlan["renamed"] = [];
  for (const file of changed) {
    if (file.path in known) continue;
    const from = goneByHash.get(file.hash)?.shift();
    if (from !== undefined) renamed.push({ from, to: file.path });
  }
  const movedAway = new Set(renamed.map((rename) => rename.from));
  return {
    changed,
    unchanged: files.length - changed.length,
    deleted: gone.map(([path]) => path).filter((path) => !movedAway.has(path)),
    renamed,
  };
}

/**
 * Splits the files into requests of at most `maxFiles` files and about `maxBytes` of content (a single
 * larger file still goes alone). Renames and deletions ride with the first request.
 */
export function batches(plan: UploadPlan, maxFiles: number, maxBytes: number) {
  const result: { files: LocalFile[]; deleted: string[]; renamed: UploadPlan["renamed"] }[] = [];
  let current: LocalFile[] = [];
  let bytes = 0;
  for (const file of plan.changed) {
    const size = Buffer.byteLength(file.content) + Buffer.byteLength(file.path) + 32;
    if (current.length > 0 && (current.length >= maxFiles || bytes + size > maxBytes)) {
      result.push({ files: current, deleted: [], renamed: [] });
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0 || plan.deleted.length > 0 || plan.renamed.length > 0) {
    result.push({ files: current, deleted: [], renamed: [] });
  }
  if (result[0]) {
    result[0].deleted = plan.deleted;
    result[0].renamed = plan.renamed;
  }
  return result;
}
