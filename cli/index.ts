#!/usr/bin/env tsx
import { Command } from "commander";
import { registerCommands } from "./commands/index";

const program = new Command()
  .name("recall")
  .description("Recall command line: parse, import, simulate and schedule from scripts.")
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`recall: ${message}\n`);
  process.exit(1);
});
