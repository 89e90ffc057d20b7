import { disconnectDb } from "@/lib/db/client";
import { dataDir } from "@/lib/server/data-dir";
import { applyPendingMigrations } from "@/lib/server/prisma-cli";
import { ensureDatabase } from "@/lib/server/postgres";

/**
 * Runs a CLI command against the app's database: DATABASE_URL when set, otherwise the embedded
 * cluster in the data folder (reused when the app already runs it, started just for this command if not).
 */
export async function withDatabase<T>(run: () => Promise<T>): Promise<T> {
  const handle = await ensureDatabase({ dataDir: dataDir() });
  process.env.DATABASE_URL = handle.url;
  try {
    await applyPendingMigrations(handle.url);
    return await run();
  } finally {
    await disconnectDb();
    await handle.stop();
  }
}

/** Prints one JSON document (the stable `--json` contract) or human-readable text. */
export function output(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
