import type { Command } from "commander";
import { register as registerExam } from "./exam";
import { register as registerExport } from "./export";
import { register as registerImport } from "./import";
import { register as registerParse } from "./parse";
import { register as registerSchedule } from "./schedule";
import { register as registerSimulate } from "./simulate";
import { register as registerSync } from "./sync";
import { register as registerToken } from "./token";
import { register as registerUser } from "./user";

/** Each command module exports `register(program)`; add new ones here. */
export function registerCommands(program: Command): void {
  registerUser(program);
  registerParse(program);
  registerImport(program);
  registerExport(program);
  registerSchedule(program);
  registerSimulate(program);
  registerToken(program);
  registerSync(program);
  registerExam(program);
}
