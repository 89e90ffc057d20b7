/**
 * `npm start`: build when sources changed, start (or reuse) PostgreSQL, migrate, create the demo account
 * once, then serve the production build. Ctrl-C stops the web server, then Postgres.
 */
import { disconnectDb } from "../lib/db/client";
import { buildIfNeeded, startAppServer } from "../lib/server/app-server";
import { dataDir, loadSecrets } from "../lib/server/data-dir";
import { DEMO_EMAIL, DEMO_PASSWORD, ensureDemoAccount } from "../lib/server/demo-account";
import { ensureDatabase, isPortFree } from "../lib/server/postgres";
import { applyPendingMigrations } from "../lib/server/prisma-cli";
import { importSampleContent } from "../lib/server/sample-content";

function fail(message: string): never {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(1);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  fail(`PORT=${process.env.PORT} is not a port number; use e.g. PORT=3001.`);
}
if (!(await isPortFree(port))) {
  fail(
    `Port ${port} is already in use. Stop the program using it, or start Recall on another port: PORT=${port + 1} npm start`,
  );
}

try {
  buildIfNeeded();
} catch {
  fail("The build failed; see the messages above.");
}

const folder = dataDir();
const databaseSource = process.env.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL in ${folder}`;
const database = await ensureDatabase({ dataDir: folder }).catch((error: unknown) => fail(reason(error)));
process.env.DATABASE_URL = database.url;
try {
  await applyPendingMigrations(database.url);
} catch (error) {
  await database.stop();
  fail(`Could not apply database migrations: ${reason(error)}`);
}
const demo = await ensureDemoAccount({ importSamples: importSampleContent });
await disconnectDb();

const secrets = loadSecrets(folder);
const url = `http://localhost:${port}`;
let stopping = false;
const server = await startAppServer({
  databaseUrl: database.url,
  port,
  secret: process.env.NEXTAUTH_SECRET ?? secrets.nextAuthSecret,
  env: {
    RECALL_DATA_DIR: folder,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    RECALL_UNSUBSCRIBE_SECRET: process.env.RECALL_UNSUBSCRIBE_SECRET ?? secrets.unsubscribeSecret,
    RECALL_VAPID_PUBLIC_KEY: process.env.RECALL_VAPID_PUBLIC_KEY ?? secrets.vapid.publicKey,
    RECALL_VAPID_PRIVATE_KEY: process.env.RECALL_VAPID_PRIVATE_KEY ?? secrets.vapid.privateKey,
  },
}).catch(async (error: unknown) => {
  await database.stop();
  return fail(reason(error));
});

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write("\nStopping Recall…\n");
  await server.stop();
  if (database.owned) await database.stop();
  process.stdout.write("Stopped. Your data is kept for the next start.\n");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.process.on("exit", (code) => void stop(code ?? 1));

process.stdout.write(
  [
    "",
    `  Recall is running at ${url}`,
    `  Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}${demo.created ? `   (new: ${demo.summary})` : ""}`,
    `  Database: ${databaseSource}`,
    "  Press Ctrl-C to stop.",
    "",
  ].join("\n"),
);
