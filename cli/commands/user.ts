import type { Command } from "commander";
import { createUser } from "@/lib/db/users/create-user";
import { AppError } from "@/lib/errors";
import { signUpSchema } from "@/lib/validations/auth";
import { output, withDatabase } from "../database";

const messages: Record<string, string> = {
  "invalid-email": "the email address is not valid",
  "weak-password":
    "the password is too weak (at least 10 characters, a letter and a digit or symbol, not containing the email name)",
};

export function register(program: Command): void {
  const user = program.command("user").description("Manage accounts");
  user
    .command("create")
    .description("Create an account (for scripts and tests)")
    .requiredOption("--email <email>", "email address, used to sign in")
    .requiredOption("--password <password>", "password (at least 10 characters)")
    .option("--name <name>", "display name")
    .option("--time-zone <zone>", "IANA time zone, e.g. Asia/Seoul", "UTC")
    .option("--json", "print the new account as JSON")
    .action(async (options: { email: string; password: string; name?: string; timeZone: string; json?: boolean }) => {
      const parsed = signUpSchema.safeParse(options);
      if (!parsed.success) {
        const code = parsed.error.issues[0]?.message ?? "";
        throw new AppError("INVALID_INPUT", messages[code] ?? parsed.error.issues[0]?.message ?? "invalid input", {
          reason: "invalid-input",
        });
      }
      const created = await withDatabase(() => createUser({ ...parsed.data, timeZone: options.timeZone })).catch(
        (error: unknown) => {
          if (error instanceof AppError && error.code === "CONFLICT") {
            throw new AppError("CONFLICT", `an account with ${parsed.data.email} already exists`, {
              reason: "email-taken",
            });
          }
          throw error;
        },
      );
      output(!!options.json, created, () => `Created account ${created.email} (${created.id})`);
    });
}
