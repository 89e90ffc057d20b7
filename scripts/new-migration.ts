/**
 * `npm run db:migration -- <name>` writes prisma/migrations/<timestamp>_<name>/migration.sql from the
 * difference between the schema the last migration was written for (kept beside it as schema.prisma)
 * and prisma/schema.prisma. `prisma migrate dev` cannot run offline here, so this is how migrations are made.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPrisma } from "../lib/server/prisma-cli";
import { startTemporaryPostgres } from "../lib/server/postgres";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  process.stderr.write("Usage: npm run db:migration -- <name>   (e.g. add_quiz_tables)\n");
  process.exit(1);
}

const migrationsDir = path.resolve("prisma/migrations");
const schemaFile = path.resolve("prisma/schema.prisma");
const previous = fs.existsSync(migrationsDir)
  ? fs
      .readdirSync(migrationsDir)
      .filter((d) => fs.existsSync(path.join(migrationsDir, d, "schema.prisma")))
      .sort()
      .at(-1)
  : undefined;

// The CLI wants a reachable database when a driver adapter is configured, even for a pure diff.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "recall-migration-"));
const pg = await startTemporaryPostgres(path.join(tmp, "pg"));
try {
  const from = previous
    ? ["--from-schema-datamodel", path.join(migrationsDir, previous, "schema.prisma")]
    : ["--from-empty"];
  const sql = runPrisma(["migrate", "diff", ...from, "--to-schema-datamodel", schemaFile, "--script"], {
    DATABASE_URL: pg.url,
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    process.stdout.write("No schema changes since the last migration; nothing written.\n");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(schemaFile, path.join(dir, "schema.prisma"));
    fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    process.stdout.write(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql\n`);
  }
} finally {
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
