/**
 * `npm test`: lint and format check, type check, then every vitest project (unit, integration against a
 * fresh embedded PostgreSQL, browser tests in headless Chromium against the production build).
 * The three projects run one after another; extra arguments go to one vitest run instead,
 * e.g. `npm test -- --project unit`.
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

interface VitestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

/**
 * The projects run one after another, not side by side: on a 2-core machine the browser project's build and
 * Chromium would otherwise load the machine while the integration tests wait on PostgreSQL, and a test that
 * fails only under that load says nothing about the code. Within a project vitest still runs files in
 * parallel where the project allows it.
 */
function runVitest(title: string, args: string[]): { status: number; summary: VitestSummary | null; seconds: number } {
  const report = path.resolve("test-output", `vitest-${title}.json`);
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  process.stdout.write(`\n▶ Tests (vitest: ${title})\n`);
  const started = performance.now();
  const run = spawnSync(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args],
    {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, "utf8")) as VitestSummary) : null;
  return { status: run.status ?? 1, summary, seconds };
}

const suiteStarted = performance.now();
const runs =
  extra.length > 0
    ? [{ title: extra.join(" "), ...runVitest(extra.join(" "), extra) }]
    : ["unit", "integration", "browser"].map((project) => ({
        title: project,
        ...runVitest(project, ["--project", project]),
      }));

const total = { passed: 0, failed: 0, skipped: 0 };
process.stdout.write("\n");
for (const run of runs) {
  const s = run.summary;
  if (s) {
    total.passed += s.numPassedTests;
    total.failed += s.numFailedTests;
    total.skipped += s.numPendingTests;
  }
  const counts = s
    ? `${s.numPassedTests} passed, ${s.numFailedTests} failed, ${s.numPendingTests} skipped`
    : "no report";
  process.stdout.write(`  ${run.title.padEnd(12)} ${counts} in ${run.seconds.toFixed(0)} s\n`);
}
const failedRuns = runs.filter((run) => run.status !== 0).length;
const suiteSeconds = (performance.now() - suiteStarted) / 1000;
process.stdout.write(
  `\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped; tests took ${Math.floor(suiteSeconds / 60)} min ${Math.round(suiteSeconds % 60)} s\n`,
);
process.exit(failedRuns > 0 ? 1 : 0);
