import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createApiClient } from "@/cli/sync/api-client";
import { type SyncSummary, syncOnce } from "@/cli/sync/sync-once";
import { watchVault } from "@/cli/sync/watch";
import { importVault } from "@/lib/db/import/import-vault";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { createUser } from "@/lib/db/users/create-user";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { closeParsePool } from "@/lib/server/notes/parse-pool";
import { findFreePort } from "@/lib/server/postgres";
import { heading, ms, percentile, row } from "./format";
import { generateVault } from "./generate-vault";

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

async function account(label: string) {
  const user = await createUser({ email: `bench-${label}-${Date.now()}@bench.test`, password: "bench-password-1" });
  const { token } = await createApiToken({ userId: user.id, name: "bench", now: new Date() });
  return { user, token };
}

/**
 * The sync client against the production server: first sync of a generated 1,000-note vault (baseline in
 * the same run: the same files imported directly, no HTTP), save-to-cards latency in watch mode over 20
 * edits, and the CPU an idle watcher uses.
 */
export async function runSyncBench(databaseUrl: string): Promise<void> {
  heading("Vault sync over HTTP (1,000 notes, production server)");
  process.env.DATABASE_URL = databaseUrl;
  buildIfNeeded();
  const server = await startAppServer({
    databaseUrl,
    port: await findFreePort(3960),
    secret: "bench-sync-secret",
    quiet: true,
    env: { RECALL_API_RATE_LIMIT: "100000" },
  });
  const vault = await mkdtemp(path.join(os.tmpdir(), "recall-bench-vault-"));
  try {
    const notes = generateVault(1000, 11);
    for (const note of notes) {
      await mkdir(path.dirname(path.join(vault, note.path)), { recursive: true });
      await writeFile(path.join(vault, note.path), note.source);
    }
    const direct = await account("direct");
    let started = performance.now();
    await importVault({ userId: direct.user.id, files: notes.map((n) => ({ path: n.path, content: n.source })) });
    const directMs = performance.now() - started;
    await closeParsePool();

    const { token } = await account("sync");
    const api = createApiClient({ server: server.url, token });
    started = performance.now();
    const first = await syncOnce({ vault, server: server.url, api, writeBack: false });
    const firstMs = performance.now() - started;
    started = performance.now();
    await syncOnce({ vault, server: server.url, api, writeBack: false });
    const againMs = performance.now() - started;

    // Baseline for the watch latency: the same kind of edit sent by a one-off sync run, no watcher.
    const oneOff: number[] = [];
    for (let edit = 0; edit < 5; edit++) {
      const target = notes[500 + edit * 11] ?? notes[0];
      if (!target) break;
      started = performance.now();
      await writeFile(path.join(vault, target.path), `${target.source}\nBaseline ${edit}::in the bench\n`);
      await syncOnce({ vault, server: server.url, api, writeBack: false });
      oneOff.push(performance.now() - started);
    }
    oneOff.sort((a, b) => a - b);

    // Baseline for the idle CPU: this same process over the same time, before any watcher exists.
    const idleSeconds = 10;
    const idleShare = async () => {
      const cpuBefore = process.cpuUsage();
      const wallBefore = performance.now();
      await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
      const cpu = process.cpuUsage(cpuBefore);
      return (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
    };
    const baselineIdle = await idleShare();

    // Watch mode: each edit is timed from the write to the end of the sync run that uploaded it.
    const uploads: ((summary: SyncSummary) => void)[] = [];
    const watcher = watchVault({
      vault,
      run: () => syncOnce({ vault, server: server.url, api, writeBack: false }),
      report: (event) => {
        if ("summary" in event && event.summary.uploaded > 0) for (const done of uploads.splice(0)) done(event.summary);
      },
    });
    const latencies: number[] = [];
    for (let edit = 0; edit < 20; edit++) {
      const target = notes[edit * 37] ?? notes[0];
      if (!target) break;
      const uploaded = new Promise<SyncSummary>((resolve) => uploads.push(resolve));
      const saved = performance.now();
      await writeFile(path.join(vault, target.path), `${target.source}\nEdited ${edit}::in the bench\n`);
      await uploaded;
      latencies.push(performance.now() - saved);
    }
    latencies.sort((a, b) => a - b);

    const watcherIdle = await idleShare();
    await watcher.stop();

    row("baseline: the same files imported directly (no HTTP)", seconds(directMs));
    row("first sync (1,000 notes)", seconds(firstMs), "< 20 s");
    row("first sync: uploaded / failed", `${first.uploaded} / ${first.failed.length}`);
    row("second sync, nothing changed", seconds(againMs));
    row("baseline: one-off sync of one edited note, p50 of 5", ms(percentile(oneOff, 50)));
    row("watch: save to cards p50", ms(percentile(latencies, 50)));
    row("watch: save to cards p95", ms(percentile(latencies, 95)), "p95 < 2 s");
    row(`baseline: this process idle, no watcher, ${idleSeconds} s`, `${(baselineIdle * 100).toFixed(2)} %`);
    row(`idle watcher CPU over ${idleSeconds} s`, `${(watcherIdle * 100).toFixed(2)} %`, "< 1 %");
  } finally {
    await server.stop();
    await rm(vault, { recursive: true, force: true });
  }
}
