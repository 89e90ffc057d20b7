#!/usr/bin/env tsx
import { Command } from "commander";
import { registerCommands } from "./commands/index";

const program = new Command()
  .name("recall")
  .description("Recall command line: parse, import, simulate and schedule from scripts.")
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  // A rejection without a reason must still say something a person can act on, never "undefined".
  const message =
    error instanceof Error && error.message
      ? error.message
      : error === undefined || error === null || String(error) === ""
        ? "the command failed without giving a reason; run it again, and report it if it repeats"
        : String(error);
  process.stderr.write(`recall: ${message}\n`);
  process.exit(1);
});
