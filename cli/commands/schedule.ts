import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import { z } from "zod";
import { dueCardsForScripts } from "@/lib/db/cards/due-cards-for-scripts";
import { recordReview } from "@/lib/db/cards/record-review";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { AppError } from "@/lib/errors";
import { isStudyDay } from "@/lib/schedule";
import { output, withDatabase } from "../database";

const reviewInput = z.object({
  user: z.string().min(3),
  card: z.string().min(1),
  grade: z.enum(["remembered", "forgot"], { error: "--grade must be remembered or forgot" }),
  at: z.iso.datetime({ offset: true, error: "--at must be an ISO time such as 2026-03-02T09:00:00+09:00" }).optional(),
  durationMs: z.coerce.number().int().min(0).optional(),
  requestId: z.string().min(1).optional(),
});

export function register(program: Command): void {
  program
    .command("due")
    .description("List the cards due on a day (default: today in the user's time zone)")
    .requiredOption("--user <email>", "account email")
    .option("--on <YYYY-MM-DD>", "study day to list")
    .option("--json", "print a JSON array (stable contract, see README)")
    .action(async (options: { user: string; on?: string; json?: boolean }) => {
      if (options.on !== undefined && !isStudyDay(options.on)) {
        throw new AppError("INVALID_INPUT", `--on must be a date like 2026-03-02, got "${options.on}"`, {
          reason: "invalid-date",
        });
      }
      const cards = await withDatabase(async () =>
        dueCardsForScripts({ userId: await findUserIdByEmail(options.user), on: options.on, now: new Date() }),
      );
      output(!!options.json, cards, () =>
        cards.length === 0
          ? "Nothing due."
          : cards
              .map(
                (c) =>
                  `${c.due}  [${c.checkpoint}]  ${c.note}: ${c.front.replace(/\s+/g, " ").slice(0, 80)}  (${c.id})`,
              )
              .join("\n"),
      );
    });

  program
    .command("review")
    .description("Record an answer to a card (first study when the card is new)")
    .requiredOption("--user <email>", "account email")
    .requiredOption("--card <id>", "card id (from `due --json`)")
    .requiredOption("--grade <grade>", "remembered | forgot")
    .option("--at <ISO time>", "when the answer was given (default: now)")
    .option("--duration-ms <ms>", "time spent on the card")
    .option("--request-id <id>", "idempotency key: repeating a request with it records nothing new")
    .option("--json", "print the result as JSON")
    .action(async (raw: Record<string, string | boolean | undefined>) => {
      const parsed = reviewInput.safeParse(raw);
      if (!parsed.success)
        throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "invalid input", {
          reason: "invalid-input",
        });
      const options = parsed.data;
      const result = await withDatabase(async () =>
        recordReview({
          userId: await findUserIdByEmail(options.user),
          cardId: options.card,
          grade: options.grade,
          requestId: options.requestId ?? randomUUID(),
          at: options.at ? new Date(options.at) : new Date(),
          durationMs: options.durationMs,
          source: "cli",
        }),
      );
      output(!!raw.json, result, () =>
        result.status === "recorded"
          ? `Recorded. Next due ${result.dueOn} (checkpoint ${result.checkpoint}).`
          : result.status === "duplicate"
            ? "Already recorded (same request id); nothing changed."
            : "The card was answered elsewhere; nothing recorded.",
      );
    });
}
