/**
 * `npm run bench [-- suite ...]`: every speed and memory target, printed with a baseline measured in the
 * same run. Suites: notes, large-notes, import, simulator, due, dashboard, pages, load, sync, phone. Default: all.
 * Database suites
 * use a
 * throwaway embedded PostgreSQL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/server/prisma-cli";
import { startTemporaryPostgres } from "@/lib/server/postgres";

const ALL = [
  "notes",
  "large-notes",
  "simulator",
  "import",
  "due",
  "dashboard",
  "pages",
  "load",
  "sync",
  "phone",
] as const;
type Suite = (typeof ALL)[number];

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = requested.filter((name) => !(ALL as readonly string[]).includes(name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark ${unknown.join(", ")}; choose from ${ALL.join(", ")}.\n`);
  process.exit(1);
}
const suites = new Set<Suite>(requested.length > 0 ? (requested as Suite[]) : ALL);
process.stdout.write(`Recall benchmarks on ${os.cpus().length} cores, Node ${process.version}\n`);

if (suites.has("notes")) await (await import("./notes")).runNotesBench();
if (suites.has("large-notes")) await (await import("./large-notes")).runLargeNotesBench();
if (suites.has("simulator")) await (await import("./simulator")).runSimulatorBench();

const needsDatabase = ["large-notes", "import", "due", "dashboard", "pages", "load", "sync", "phone"].some((name) =>
  suites.has(name as Suite),
);
if (needsDatabase) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "recall-bench-"));
  // pg_stat_statements counts the queries per review (bench/review-load.ts).
  const cluster = await startTemporaryPostgres(path.join(dir, "pg"), ["shared_preload_libraries=pg_stat_statements"]);
  try {
    const url = await cluster.createDatabase("recall_bench");
    applyMigrations(url);
    process.env.DATABASE_URL = url;
    if (suites.has("large-notes")) await (await import("./large-notes")).runLargeNoteImportBench();
    if (suites.has("import")) await (await import("./import")).runImportBench(url);
    if (suites.has("due") || suites.has("dashboard") || suites.has("pages")) {
      const { seedLargeHistory } = await import("./seed-large-history");
      const started = performance.now();
      const { userId } = await seedLargeHistory(url, { cards: 100_000, reviews: 1_000_000, notes: 2_000 });
      process.stdout.write(
        `\n(seeded 100,000 cards and 1,000,000 reviews in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
      );
      if (suites.has("due")) await (await import("./due-query")).runDueQueryBench(url, userId);
      if (suites.has("dashboard")) await (await import("./dashboard")).runDashboardBench(url);
      if (suites.has("pages")) await (await import("./pages")).runPagesBench();
    }
    if (suites.has("load")) await (await import("./review-load")).runReviewLoadBench(url);
    if (suites.has("sync")) await (await import("./sync")).runSyncBench(url);
    if (suites.has("phone")) await (await import("./review-phone")).runReviewPhoneBench(url);
  } finally {
    await disconnectDb();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
process.stdout.write("\nDone.\n");
