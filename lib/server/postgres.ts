import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { AppError } from "@/lib/errors";
import { clusterLocation, PostgresCluster } from "./postgres-cluster";

export interface DatabaseHandle {
  url: string;
  /** True when this process started Postgres and must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface EmbeddedConfig {
  port: number;
  user: string;
  password: string;
  database: string;
}

const DEFAULT_PORT = 54329;

function connectionUrl(config: EmbeddedConfig, database = config.database): string {
  return `postgresql://${config.user}:${config.password}@127.0.0.1:${config.port}/${database}`;
}

/** Resolves when a connection can be opened, or throws an AppError that says what to do. */
export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const safeUrl = url.replace(/:[^:@/]*@/, ":***@");
    throw new AppError(
      "UNAVAILABLE",
      `Cannot reach the database at ${safeUrl} (${reason}). Check DATABASE_URL, or unset it to use the embedded PostgreSQL.`,
      { reason: "database-unreachable", cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : preferred;
      server.close(() => resolve(port));
    });
  });
}

function readConfig(file: string): EmbeddedConfig | null {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, "utf8")) as EmbeddedConfig;
}

function postmasterAlive(clusterDir: string): boolean {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder a cluster lives in. As root, PostgreSQL runs as the `postgres` account, which must be able to
 * enter it: a temporary parent is opened up; a data folder it still cannot reach moves (clusterLocation).
 */
function prepareClusterDir(requested: string): string {
  fs.mkdirSync(path.dirname(requested), { recursive: true });
  if (process.getuid?.() === 0) fs.chmodSync(path.dirname(requested), 0o755);
  return clusterLocation(requested);
}

function createCluster(
  clusterDir: string,
  config: EmbeddedConfig,
  persistent: boolean,
  settings: string[] = [],
): PostgresCluster {
  return new PostgresCluster({
    dataDir: clusterDir,
    port: config.port,
    user: config.user,
    password: config.password,
    persistent,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "max_connections=300",
      "-c",
      "listen_addresses=127.0.0.1",
      ...settings.flatMap((s) => ["-c", s]),
    ],
    onError: (message) => process.stderr.write(`postgres: ${message}\n`),
  });
}

async function ensureDatabaseExists(config: EmbeddedConfig, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(config, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

/**
 * Gives a database URL: DATABASE_URL when set (checked reachable), otherwise the embedded PostgreSQL
 * kept in `<dataDir>/postgres`. When another Recall process (the app or a CLI command) already runs
 * that cluster, it is reused rather than started twice.
 */
export async function ensureDatabase(options: { dataDir: string }): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, owned: false, stop: async () => undefined };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const configFile = path.join(options.dataDir, "postgres.json");
  const clusterDir = prepareClusterDir(path.join(options.dataDir, "postgres"));
  const config = readConfig(configFile) ?? {
    port: DEFAULT_PORT,
    user: "recall",
    password: randomBytes(18).toString("base64url"),
    database: "recall",
  };

  if (postmasterAlive(clusterDir)) {
    const url = connectionUrl(config);
    await assertReachable(url, 10_000);
    return { url, owned: false, stop: async () => undefined };
  }

  config.port = await findFreePort(config.port);
  fs.writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  const cluster = createCluster(clusterDir, config, true);
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) await cluster.initialise();
  await cluster.start();
  await ensureDatabaseExists(config, config.database);
  return { url: connectionUrl(config), owned: true, stop: () => cluster.stop() };
}

/**
 * A throwaway cluster in a temporary folder (tests and benchmarks); deleted on stop. `settings` are extra
 * `name=value` server settings (the benchmark loads pg_stat_statements to count queries per review).
 */
export async function startTemporaryPostgres(
  dir: string,
  settings: string[] = [],
): Promise<DatabaseHandle & { createDatabase(name: string): Promise<string> }> {
  const config: EmbeddedConfig = {
    port: await findFreePort(55432 + Math.floor(Math.random() * 1000)),
    user: "recall",
    password: randomBytes(12).toString("base64url"),
    database: "postgres",
  };
  const cluster = createCluster(prepareClusterDir(dir), config, false, settings);
  await cluster.initialise();
  await cluster.start();
  return {
    url: connectionUrl(config),
    owned: true,
    stop: () => cluster.stop(),
    async createDatabase(name: string) {
      await ensureDatabaseExists(config, name);
      return connectionUrl(config, name);
    },
  };
}
