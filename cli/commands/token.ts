import type { Command } from "commander";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { AppError } from "@/lib/errors";
import { output, withDatabase } from "../database";

export function register(program: Command): void {
  const token = program.command("token").description("Personal access tokens for the /api/v1 API and `sync`");
  token
    .command("create")
    .description("Create a token (shown once; only its hash is stored)")
    .requiredOption("--user <email>", "account email")
    .option("--name <name>", "a name to recognise it by in Settings", "CLI token")
    .option("--expires-in-days <days>", "expire after this many days (default: never)")
    .option("--json", 'print { "id", "token" } as JSON')
    .action(async (options: { user: string; name: string; expiresInDays?: string; json?: boolean }) => {
      const days = options.expiresInDays === undefined ? null : Number(options.expiresInDays);
      if (days !== null && !(Number.isInteger(days) && days > 0)) {
        throw new AppError("INVALID_INPUT", "--expires-in-days must be a whole number of days, at least 1", {
          reason: "invalid-input",
        });
      }
      const now = new Date();
      const created = await withDatabase(async () =>
        createApiToken({
          userId: await findUserIdByEmail(options.user),
          name: options.name,
          expiresAt: days === null ? null : new Date(now.getTime() + days * 86_400_000),
          now,
        }),
      );
      output(
        !!options.json,
        { id: created.id, token: created.token },
        () => `Created token "${created.name}" (${created.id}). Copy it now, it is not shown again:\n${created.token}`,
      );
    });
}
