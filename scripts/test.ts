/**
 * `npm test`: lint and format check, type check, then every vitest project (unit, integration against a
 * fresh embedded PostgreSQL, browser tests in headless Chromium against the production build).
 * Extra arguments go to vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function step(title: string, command: string, args: string[]): void {
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${title} failed.\n`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const extra = process.argv.slice(2);
if (extra.length === 0) {
  step("Lint and format (biome)", bin("biome"), ["check", "."]);
  step("Type check (tsc)", bin("tsc"), ["--noEmit", "-p", "."]);
}

const report = path.resolve("test-output", "vitest.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
process.stdout.write("\n▶ Tests (vitest: unit, integration, browser)\n");
const run = spawnSync(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
  {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  },
);
if (fs.existsSync(report)) {
  const summary = JSON.parse(fs.readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  process.stdout.write(
    `\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped\n`,
  );
}
process.exit(run.status ?? 1);
