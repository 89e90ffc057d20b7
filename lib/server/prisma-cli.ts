import { spawnSync } from "node:child_process";
import path from "node:path";

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
