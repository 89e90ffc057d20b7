import type { Command } from "commander";
import { describeImport, importVault } from "@/lib/db/import/import-vault";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { AppError } from "@/lib/errors";
import { closeParsePool } from "@/lib/server/notes/parse-pool";
import { readVaultFiles } from "@/lib/server/notes/vault-files";
import { output, withDatabase } from "../database";

export function register(program: Command): void {
  program
    .command("import")
    .description("Import a note or a whole vault (recursively, .md files; skips .obsidian/, .git/, node_modules/)")
    .argument("<file-or-folder>", "a .md file or a vault folder")
    .requiredOption("--user <email>", "account email")
    .option("--json", "print the summary as JSON")
    .action(async (target: string, options: { user: string; json?: boolean }) => {
      const files = await readVaultFiles(target).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AppError("INVALID_INPUT", `cannot read ${target}: ${reason}`, { reason: "invalid-input" });
      });
      const summary = await withDatabase(async () => {
        const userId = await findUserIdByEmail(options.user);
        try {
          return await importVault({ userId, files });
        } finally {
          await closeParsePool();
        }
      });
      output(!!options.json, summary, () =>
        [`Imported ${files.length} files from ${target}`, ...describeImport(summary)].join("\n"),
      );
      if (summary.notes.failed > 0) process.exitCode = 2;
    });
}
