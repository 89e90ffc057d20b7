import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureDatabase } from "@/lib/server/postgres";
import { canEnter, postgresAccount, reachableBinaries } from "@/lib/server/postgres-cluster";

/**
 * A server install clones Recall into a folder only root can enter (`mktemp -d`, `/root/recall`) and runs it
 * as root; PostgreSQL then runs as the `postgres` account, which cannot enter that folder. These tests only
 * mean something as root, which is how CI and a server run them.
 */
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)("embedded PostgreSQL as root in a folder only root can enter", () => {
  let privateDir: string;
  let stateDir: string;
  const previousStateDir = process.env.RECALL_POSTGRES_STATE_DIR;
  // The suite's own database comes in through DATABASE_URL; these tests want the embedded one.
  const previousDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(() => {
    privateDir = fs.mkdtempSync(path.join(os.tmpdir(), "recall-private-"));
    fs.chmodSync(privateDir, 0o700);
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "recall-state-"));
    fs.chmodSync(stateDir, 0o755);
    process.env.RECALL_POSTGRES_STATE_DIR = stateDir;
    delete process.env.DATABASE_URL;
  });

  afterAll(() => {
    if (previousStateDir === undefined) delete process.env.RECALL_POSTGRES_STATE_DIR;
    else process.env.RECALL_POSTGRES_STATE_DIR = previousStateDir;
    process.env.DATABASE_URL = previousDatabaseUrl;
    fs.rmSync(privateDir, { recursive: true, force: true });
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  test("the postgres account really cannot enter the private folder (the premise)", () => {
    expect(canEnter(privateDir, postgresAccount())).toBe(false);
    expect(canEnter(stateDir, postgresAccount())).toBe(true);
  });

  test("binaries it cannot reach are copied where it can, once per version", () => {
    const native = path.join(privateDir, "native");
    fs.mkdirSync(path.join(native, "bin"), { recursive: true });
    fs.writeFileSync(path.join(native, "bin", "postgres"), "#!/bin/sh\n", { mode: 0o755 });
    const account = postgresAccount();

    const placed = reachableBinaries({ dir: native, version: "0.0.0-test" }, account);

    expect(placed).toBe(path.join(stateDir, "postgres-0.0.0-test"));
    expect(canEnter(path.join(placed, "bin"), account)).toBe(true);
    expect(fs.readFileSync(path.join(placed, "bin", "postgres"), "utf8")).toBe("#!/bin/sh\n");
    // A second start finds the copy instead of copying again.
    fs.writeFileSync(path.join(native, "bin", "postgres"), "#!/bin/sh\nexit 1\n");
    expect(reachableBinaries({ dir: native, version: "0.0.0-test" }, account)).toBe(placed);
    expect(fs.readFileSync(path.join(placed, "bin", "postgres"), "utf8")).toBe("#!/bin/sh\n");
  });

  test("a data folder inside it starts, answers queries, and is found again on the next start", async () => {
    const dataDir = path.join(privateDir, "clone", ".data");
    const first = await ensureDatabase({ dataDir });
    try {
      expect(first.owned).toBe(true);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("create table marker (id int)");
      await client.end();
    } finally {
      await first.stop();
    }
    expect(fs.readdirSync(path.join(stateDir, "clusters"))).toHaveLength(1);

    const second = await ensureDatabase({ dataDir });
    try {
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query("select to_regclass('marker') is not null as present");
      await client.end();
      expect(rows[0].present).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
