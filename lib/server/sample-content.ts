import path from "node:path";
import { describeImport, importVault } from "@/lib/db/import/import-vault";
import { closeParsePool } from "@/lib/server/notes/parse-pool";
import { readVaultFiles } from "@/lib/server/notes/vault-files";

/** Imports Recall's own sample notes (content/) for a user; returns a one-line summary. */
export async function importSampleContent(userId: string): Promise<string> {
  const files = await readVaultFiles(path.resolve("content"));
  try {
    const summary = await importVault({ userId, files });
    return describeImport(summary).slice(0, 2).join("; ");
  } finally {
    await closeParsePool();
  }
}
