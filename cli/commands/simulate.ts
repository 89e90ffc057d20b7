import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "@/lib/errors";
import { parseScenario } from "@/lib/simulator/scenario";
import { simulate } from "@/lib/simulator/simulate";
import type { FunctionStats, SimulationResult } from "@/lib/simulator/types";

const fmt = (x: number | null, digits = 0) =>
  x === null ? "–" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const usd = (x: number) => `$${x.toFixed(x < 1 ? 4 : 2)}`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "))
    .join("\n");
}

function row(name: string, f: FunctionStats): string[] {
  return [
    name,
    fmt(f.requests),
    fmt(f.invocations),
    fmt(f.throttled),
    `${fmt(f.coldStarts)} (${fmt(f.coldStartRate * 100, 2)}%)`,
    fmt(f.meanConcurrency, 1),
    fmt(f.peakConcurrency),
    `${fmt(f.latencyMs.p50)}/${fmt(f.latencyMs.p95)}/${fmt(f.latencyMs.p99)}`,
    fmt(f.retries),
    fmt(f.deadLettered),
    fmt(f.gbSeconds, 1),
    usd(f.cost.total),
  ];
}

/** Human-readable summary of a run. */
export function formatResult(r: SimulationResult): string {
  const head = [
    "function",
    "requests",
    "ran",
    "throttled",
    "cold starts",
    "mean conc",
    "peak",
    "p50/p95/p99 ms",
    "retries",
    "DLQ",
    "GB-s",
    "cost",
  ];
  const rows = [head, ...Object.entries(r.byFunction).map(([n, f]) => row(n, f)), row("TOTAL", r.totals)];
  const c = r.totals.cost;
  const lines = [
    `Simulated ${fmt(r.durationSeconds)} s (+${fmt(r.simulatedSeconds - r.durationSeconds, 1)} s drain), seed ${r.seed}, ${fmt(r.events)} events${r.truncated ? " (TRUNCATED)" : ""}`,
    "",
    table(rows),
    "",
    `Cost: requests ${usd(c.requests)} + compute ${usd(c.compute)} + provisioned ${usd(c.provisioned)} = ${usd(c.total)}`,
    ...c.breakdown
      .filter((l) => l.amount > 0)
      .map((l) => `  ${l.item}: ${fmt(l.quantity, 3)} ${l.unit} = ${usd(l.amount)}`),
  ];
  for (const [n, f] of Object.entries(r.byFunction)) {
    if (f.sqs) {
      lines.push(
        `SQS ${n}: deleted ${fmt(f.sqs.messagesDeleted)}, max backlog ${fmt(f.sqs.maxBacklog)}, drained at ${f.sqs.drainedAtSecond === null ? "–" : `${fmt(f.sqs.drainedAtSecond, 1)} s`}`,
      );
    }
  }
  if (r.warnings.length > 0) lines.push("", "Warnings:", ...r.warnings.map((w) => `  - ${w}`));
  lines.push("", "Assumptions:", ...r.assumptions.map((a) => `  - ${a}`));
  return lines.join("\n");
}

export function register(program: Command): void {
  program
    .command("simulate")
    .description("Run a Lambda concurrency scenario (see docs/simulator.md) and print the figures")
    .argument("<scenario.json>", "scenario file")
    .option("--json", "print one JSON object (SimulationResult)")
    .option("--no-timeline", "leave out the per-second timeline")
    .action(async (file: string, options: { json?: boolean; timeline: boolean }) => {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        throw new AppError(
          "NOT_FOUND",
          `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
          { reason: "not-found" },
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new AppError(
          "INVALID_INPUT",
          `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          { reason: "invalid-input" },
        );
      }
      const parsed = parseScenario(json);
      if (!parsed.ok) {
        throw new AppError("INVALID_INPUT", `invalid scenario ${file}:\n  ${parsed.errors.join("\n  ")}`, {
          reason: "invalid-input",
        });
      }
      const result = simulate(parsed.scenario, { timeline: options.timeline });
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${formatResult(result)}\n`);
    });
}
