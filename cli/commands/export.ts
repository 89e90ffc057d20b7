import fs from "node:fs";
import type { Command } from "commander";
import { exportReviewStates } from "@/lib/db/notes/export-review-states";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { AppError } from "@/lib/errors";
import { output, withDatabase } from "../database";

export function register(program: Command): void {
  program
    .command("export")
    .description("Write each note's review state back into its frontmatter (only the review keys change)")
    .argument("<folder>", "the vault folder the notes were imported from")
    .requiredOption("--user <email>", "account email")
    .option("--json", "print the summary as JSON")
    .action(async (folder: string, options: { user: string; json?: boolean }) => {
      // A mistyped folder would otherwise report every note as "missing" and exit 0.
      if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
        throw new AppError("INVALID_INPUT", `${folder} is not a folder; give the vault folder the notes came from`, {
          reason: "invalid-input",
        });
      }
      const summary = await withDatabase(async () =>
        exportReviewStates({ userId: await findUserIdByEmail(options.user), folder, now: new Date() }),
      );
      output(!!options.json, summary, () =>
        [
          `Updated ${summary.written.length} notes, ${summary.unchanged.length} already current, ${summary.notStudied.length} not studied yet.`,
          ...summary.written.map((file) => `  wrote   ${file}`),
          ...summary.missing.map((file) => `  missing ${file} (not in ${folder})`),
        ].join("\n"),
      );
    });
}
