import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/server/prisma-cli";
import { startTemporaryPostgres } from "@/lib/server/postgres";

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: a throwaway embedded cluster, or, when DATABASE_URL
 * is set, a new uniquely named database on that server (dropped afterwards).
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `recall_test_${label}_${Date.now().toString(36)}`;
  const external = process.env.DATABASE_URL;
  if (external) {
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(external);
    url.pathname = `/${name}`;
    applyMigrations(url.toString());
    return {
      url: url.toString(),
      async stop() {
        const client = new pg.Client({ connectionString: external });
        await client.connect();
        await client.query(`drop database if exists "${name}" with (force)`);
        await client.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `recall-${label}-`));
  const cluster = await startTemporaryPostgres(path.join(dir, "pg"));
  const url = await cluster.createDatabase(name);
  applyMigrations(url);
  return {
    url,
    async stop() {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
