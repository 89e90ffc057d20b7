/**
 * `sync --watch`: a sync run after each burst of saves (debounced), runs never overlapping; while the
 * server is down, edits wait on disk and are sent when it answers again (the state file only moves on
 * after the server took a batch, so nothing is lost); review state is pulled on a timer.
 */
import { type FSWatcher, watch } from "node:fs";
import { ServerRefused } from "./api-client";
import { STATE_FILE } from "./sync-state";
import type { SyncSummary } from "./sync-once";

export interface WatchOptions {
  vault: string;
  /** One sync run (upload changes; with `pull`, also write review state back). */
  run: (pull: boolean) => Promise<SyncSummary>;
  /** Called after each run that did something, and for each error. */
  report: (event: { summary: SyncSummary } | { error: Error }) => void;
  debounceMs?: number;
  /** How often review state is pulled (0: never). */
  pullEveryMs?: number;
  /** Wait before retrying after the server could not be reached (doubles up to 15 s). */
  retryMs?: number;
}

const IGNORED = /(^|[\\/])(\.obsidian|\.git|\.trash|node_modules)([\\/]|$)/;

/** Starts watching; resolves the returned `stop()` once the current run (if any) has finished. */
export function watchVault(options: WatchOptions): { stop: () => Promise<void> } {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let pending = false;
  let pullDue = true;
  let retryMs = options.retryMs ?? 1000;
  let stopped = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void cycle();
    }, delay);
  };

  async function cycle(): Promise<void> {
    if (running) {
      pending = true;
      return;
    }
    running = (async () => {
      const pull = pullDue;
      try {
        const summary = await options.run(pull);
        if (pull) pullDue = false;
        retryMs = options.retryMs ?? 1000;
        if (
          summary.uploaded +
            summary.deleted +
            summary.written.length +
            summary.failed.length +
            summary.images.uploaded >
          0
        ) {
          options.report({ summary });
        }
      } catch (error) {
        options.report({ error: error instanceof Error ? error : new Error(String(error)) });
        // A refused token will not get better by retrying quickly; an unreachable server might.
        const wait = error instanceof ServerRefused ? 30_000 : retryMs;
        retryMs = Math.min(retryMs * 2, 15_000);
        schedule(wait);
      }
    })();
    await running;
    running = null;
    if (pending && !stopped) {
      pending = false;
      schedule(0);
    }
  }

  const watcher: FSWatcher = watch(options.vault, { recursive: true }, (_event, file) => {
    const name = file?.toString() ?? "";
    // The state file and its temporary copies (`.recall-sync.json.<pid>.<random>.tmp`) are the sync's own.
    if (name.startsWith(STATE_FILE) || name.endsWith(".recall-sync.tmp") || IGNORED.test(name)) return;
    schedule(debounceMs);
  });
  const pullTimer =
    options.pullEveryMs && options.pullEveryMs > 0
      ? setInterval(() => {
          pullDue = true;
          schedule(0);
        }, options.pullEveryMs)
      : null;
  schedule(0);

  return {
    async stop() {
      stopped = true;
      watcher.close();
      if (timer) clearTimeout(timer);
      if (pullTimer) clearInterval(pullTimer);
      if (running) await running;
    },
  };
}
