import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { createApiClient } from "../sync/api-client";
import { type SyncSummary, syncOnce } from "../sync/sync-once";
import { watchVault } from "../sync/watch";

interface SyncOptions {
  server: string;
  token?: string;
  watch?: boolean;
  writeBack?: boolean;
  json?: boolean;
  pullEvery: string;
}

function describe(summary: SyncSummary): string {
  return [
    `Uploaded ${summary.uploaded}, unchanged ${summary.unchanged}, deleted ${summary.deleted}, wrote back ${summary.written.length}.`,
    `Images: uploaded ${summary.images.uploaded}, unchanged ${summary.images.unchanged}, missing ${summary.images.missing.length}.`,
    ...summary.images.missing.map((name) => `  missing ${name} (embedded, not in the vault: shown as a placeholder)`),
    ...summary.written.map((file) => `  wrote  ${file}`),
    ...summary.failed.map((failure) => `  failed ${failure.path}: ${failure.message}`),
  ].join("\n");
}

export function register(program: Command): void {
  program
    .command("sync")
    .description(
      "Sync a vault with a Recall server over HTTP (needs no database): upload changed notes, optionally write review state back",
    )
    .argument("<vault>", "the vault folder (skips .obsidian/, .git/, .trash/, node_modules/)")
    .requiredOption("--server <url>", "the Recall server, e.g. https://recall.example")
    .option("--token <token>", "a personal access token (default: $RECALL_TOKEN)")
    .option("--watch", "keep running: sync each save within 2 s, pull review state periodically")
    .option("--write-back", "write each note's review state into its frontmatter (only the review keys change)")
    .option("--pull-every <seconds>", "with --watch --write-back: how often to pull review state", "60")
    .option("--json", "print the summary as JSON (one object; with --watch one line per sync)")
    .action(async (vault: string, options: SyncOptions) => {
      const token = options.token ?? process.env.RECALL_TOKEN;
      if (!token) throw new Error("give a token with --token or RECALL_TOKEN (create one in Settings → Access tokens)");
      if (!(await stat(vault).catch(() => null))?.isDirectory()) throw new Error(`${vault} is not a folder`);
      const api = createApiClient({ server: options.server, token });
      const run = (writeBack: boolean) => syncOnce({ vault, server: options.server, api, writeBack });
      const print = (summary: SyncSummary) =>
        process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${describe(summary)}\n`);
      if (!options.watch) {
        print(await run(!!options.writeBack));
        return;
      }
      const watcher = watchVault({
        vault,
        run: (pull) => run(pull && !!options.writeBack),
        pullEveryMs: options.writeBack ? Number(options.pullEvery) * 1000 : 0,
        report: (event) => {
          if ("summary" in event) print(event.summary);
          else process.stderr.write(`recall: ${event.error.message} (will retry)\n`);
        },
      });
      process.stderr.write(`Watching ${vault}; Ctrl-C to stop.\n`);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await watcher.stop();
    });
}
