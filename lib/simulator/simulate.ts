/** The simulator's entry point: run a validated scenario and summarise it. */
import { Engine } from "./engine";
import { buildStats } from "./result";
import type { Scenario } from "./scenario";
import type { SimulateOptions, SimulationResult } from "./types";

/** Assumptions that apply to `s`, in words, for the result and the page. */
export function assumptionsFor(s: Scenario): string[] {
  const out = [
    "Idle execution environments are reclaimed after idleLifetimeSeconds (AWS does not document this; default 600 s from public measurements).",
    "A request reuses the most recently used idle environment; environments are never reclaimed while busy.",
    "Duration scales with memory only when durationMeasuredAtMemoryMb is set: CPU share ∝ memory, 1 vCPU at model.fullVcpuMemoryMb (1,769 MB), cpuBoundFraction of the time speeds up.",
    "INIT (cold start) is capped at 10 s and billed at on-demand rates when pricing.billInit is true (AWS since 1 Aug 2025).",
    "Monthly price tiers and the free tier are applied as if the simulated period were the whole month.",
  ];
  if (s.account.scaling.mode === "current") {
    out.push(
      "Scaling: each function may create new environments from a token bucket of 1,000 refilled at 100 per second (AWS, since 27 Nov 2023).",
    );
  } else {
    out.push(
      "Legacy scaling: account-wide burst of legacyBurst, then +legacyPerMinute per minute from the moment the burst is reached; the ceiling never falls during a run.",
    );
  }
  if (s.functions.some((f) => f.invocation === "async")) {
    out.push(
      "Async: no internal queue delay; throttled events retry after 1 s doubling to 5 min with equal jitter; failed events retry after 1 and 2 minutes.",
    );
  }
  if (s.functions.some((f) => f.invocation === "sqs")) {
    out.push(
      "SQS: oldest message first; pollers grow by 5 per second (300 per minute) while all are busy and none were throttled; throttled batches are retried within their visibility timeout.",
    );
  }
  return out;
}

function warningsFor(s: Scenario, truncated: boolean): string[] {
  const w: string[] = [];
  s.functions.forEach((f, i) => {
    if (f.reservedConcurrency === 0)
      w.push(`functions[${i}] (${f.name}): reserved concurrency 0 throttles every invocation.`);
    if (f.invocation === "sqs" && f.sqs.visibilityTimeoutSeconds < 6 * f.timeoutSeconds) {
      w.push(`functions[${i}] (${f.name}): AWS recommends a visibility timeout of at least 6 × the function timeout.`);
    }
    if (f.provisionedConcurrency > 0 && f.invocation !== "sync") {
      w.push(`functions[${i}] (${f.name}): provisioned concurrency also serves ${f.invocation} invocations.`);
    }
  });
  if (truncated) w.push("The run stopped at maxEvents; figures cover only the simulated part.");
  return w;
}

/**
 * Runs `scenario` (validated by `parseScenario`) and returns totals and per-function figures.
 * Pure and deterministic: the same scenario and seed give the same result on every platform.
 *
 * @example simulate(parseScenario(json).scenario).byFunction.api.throttled
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const timeline = options.timeline ?? true;
  const e = new Engine(scenario, timeline, options.onProgress);
  const truncated = e.run(options.maxEvents ?? 100_000_000);
  const simEnd = e.finish(truncated);
  const { totals, byFunction } = buildStats(e);
  return {
    seed: scenario.seed,
    durationSeconds: scenario.durationSeconds,
    simulatedSeconds: Math.round(simEnd * 1000) / 1000,
    events: e.events,
    truncated,
    totals,
    byFunction,
    assumptions: assumptionsFor(scenario),
    warnings: warningsFor(scenario, truncated),
  };
}
