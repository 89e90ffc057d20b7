import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Environment for running the Prisma CLI offline. Prisma 6.19 with the JS engine never loads a native
 * engine, but its CLI still tries to download one unless these point at an existing file (never run).
 */
export function prismaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const placeholder = path.resolve("package.json");
  return {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

export const prismaBin = path.resolve("node_modules", "prisma", "build", "index.js");

/** Runs `prisma <args>` and returns stdout; throws with Prisma's own message on failure. */
export function runPrisma(args: string[], extraEnv: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, [prismaBin, ...args], { env: prismaEnv(extraEnv), encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** Applies every committed migration (`prisma migrate deploy`); safe to run from several instances. */
export function applyMigrations(databaseUrl: string): void {
  runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
}

/** Names of the committed migrations (folders of prisma/migrations), oldest first. */
export function committedMigrations(): string[] {
  const dir = path.resolve("prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Applies migrations only when some are not yet recorded as finished. Prisma's WASM schema engine takes
 * ~10 s even when there is nothing to do, and every CLI command checks, so the check is a plain query.
 */
export async function applyPendingMigrations(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let applied = new Set<string>();
  try {
    const table = await client.query(`select to_regclass('public._prisma_migrations') as name`);
    if (table.rows[0]?.name) {
      const rows = await client.query(
        `select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null`,
      );
      applied = new Set(rows.rows.map((row) => String(row.migration_name)));
    }
  } finally {
    await client.end();
  }
  if (committedMigrations().every((name) => applied.has(name))) return false;
  applyMigrations(databaseUrl);
  return true;
}
