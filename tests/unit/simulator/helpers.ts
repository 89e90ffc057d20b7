import { parseScenario, type Scenario, type ScenarioInput } from "@/lib/simulator/scenario";

/** Parses a scenario that the test expects to be valid. */
export function scenario(input: ScenarioInput): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.scenario;
}

/** One function with Poisson arrivals, exponential durations (mean 1 s) and no cold-start delay. */
export function mmc(opts: {
  rate: number;
  seconds: number;
  seed: number;
  reserved?: number;
  limit?: number;
}): Scenario {
  return scenario({
    seed: opts.seed,
    durationSeconds: opts.seconds,
    account: { concurrencyLimit: opts.limit ?? 100_000 },
    model: { drainSeconds: 0 },
    functions: [
      {
        name: "f",
        timeoutSeconds: 900,
        reservedConcurrency: opts.reserved,
        durationMs: { dist: "exponential", mean: 1000 },
        coldStartMs: { dist: "fixed", value: 0 },
        arrivals: { process: "poisson", ratePerSecond: opts.rate },
      },
    ],
  });
}
