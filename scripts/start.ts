/**
 * `npm start`: build when sources changed, start (or reuse) PostgreSQL, migrate, create the demo account
 * once, then serve the production build. Ctrl-C stops the web server, then Postgres.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../lib/server/build-fingerprint";
import { dataDir, loadSecrets } from "../lib/server/data-dir";
import { DEMO_EMAIL, DEMO_PASSWORD, ensureDemoAccount } from "../lib/server/demo-account";
import { applyPendingMigrations } from "../lib/server/prisma-cli";
import { ensureDatabase, isPortFree } from "../lib/server/postgres";
import { importSampleContent } from "../lib/server/sample-content";
import { disconnectDb } from "../lib/db/client";

function fail(message: string): never {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT=${process.env.PORT} is not a port number; use e.g. PORT=3001.`);
if (!(await isPortFree(port))) {
  fail(
    `Port ${port} is already in use. Stop the program using it, or start Recall on another port: PORT=${port + 1} npm start`,
  );
}

const nextBin = path.resolve("node_modules/next/dist/bin/next");
if (!buildIsCurrent()) {
  process.stdout.write("Building Recall (next build)…\n");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) fail("The build failed; see the messages above.");
  recordBuild();
}

const folder = dataDir();
const database = await ensureDatabase({ dataDir: folder }).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
process.env.DATABASE_URL = database.url;
try {
  await applyPendingMigrations(database.url);
} catch (error) {
  await database.stop();
  fail(`Could not apply database migrations: ${error instanceof Error ? error.message : String(error)}`);
}
const demo = await ensureDemoAccount({ importSamples: importSampleContent });
await disconnectDb();

const secrets = loadSecrets(folder);
const url = `http://localhost:${port}`;
const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    RECALL_DATA_DIR: folder,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    RECALL_UNSUBSCRIBE_SECRET: process.env.RECALL_UNSUBSCRIBE_SECRET ?? secrets.unsubscribeSecret,
  },
});

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write("\nStopping Recall…\n");
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  if (database.owned) await database.stop();
  process.stdout.write("Stopped. Your data is kept for the next start.\n");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => {
  if (!stopping) void stop(code ?? 1);
});

for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
  const healthy = await fetch(`${url}/api/health`)
    .then((r) => r.ok)
    .catch(() => false);
  if (healthy) {
    process.stdout.write(
      [
        "",
        `  Recall is running at ${url}`,
        `  Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}${demo.created ? `   (new: ${demo.summary})` : ""}`,
        `  Database: ${database.owned ? `embedded PostgreSQL in ${folder}` : "DATABASE_URL"}`,
        "  Press Ctrl-C to stop.",
        "",
      ].join("\n"),
    );
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
