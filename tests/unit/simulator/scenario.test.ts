import { describe, expect, test } from "vitest";
import { parseScenario, type ScenarioInput } from "@/lib/simulator/scenario";
import { simulate } from "@/lib/simulator/simulate";
import { parseTraceCsv } from "@/lib/simulator/trace-csv";
import { scenario } from "./helpers";

type ArrivalsInput = ScenarioInput["functions"][number]["arrivals"];
const fn = {
  name: "api",
  durationMs: { dist: "fixed" as const, value: 100 },
  arrivals: { process: "constant" as const, ratePerSecond: 1 },
};

describe("parseScenario", () => {
  test("accepts the issue's example shape and fills AWS defaults", () => {
    const r = parseScenario({
      seed: 1,
      durationSeconds: 3600,
      account: { concurrencyLimit: 1000 },
      pricing: { architecture: "arm64", freeTier: false },
      functions: [
        {
          name: "api",
          memoryMb: 1024,
          timeoutSeconds: 30,
          reservedConcurrency: 50,
          provisionedConcurrency: 0,
          invocation: "sync",
          durationMs: { dist: "lognormal", mean: 1000, sd: 300 },
          coldStartMs: { dist: "fixed", value: 0 },
          idleLifetimeSeconds: 600,
          arrivals: {
            process: "steps",
            steps: [
              { atSecond: 0, ratePerSecond: 10 },
              { atSecond: 60, ratePerSecond: 80 },
            ],
          },
        },
      ],
    });
    expect(r.ok).toBe(true);
    const d = parseScenario({ functions: [fn] });
    if (!d.ok) throw new Error(d.errors.join());
    const f = d.scenario.functions[0]!;
    expect(d.scenario.account.concurrencyLimit).toBe(1000);
    expect(d.scenario.account.scaling).toMatchObject({ mode: "current", bucketCapacity: 1000, refillPerSecond: 100 });
    expect(f).toMatchObject({ memoryMb: 128, timeoutSeconds: 3, invocation: "sync", idleLifetimeSeconds: 600 });
    expect(f.async).toEqual({ maximumRetryAttempts: 2, maximumEventAgeSeconds: 21_600, deadLetterQueue: false });
    expect(f.sqs).toMatchObject({ batchSize: 10, maximumBatchingWindowSeconds: 0, visibilityTimeoutSeconds: 30 });
  });

  test.each<[string, unknown, string]>([
    [
      "memory too large",
      { functions: [{ ...fn, memoryMb: 20000 }] },
      "functions[0].memoryMb: must be between 128 and 10240",
    ],
    [
      "timeout above 900 s",
      { functions: [{ ...fn, timeoutSeconds: 901 }] },
      "functions[0].timeoutSeconds: must be between 1 and 900",
    ],
    ["memory not a number", { functions: [{ ...fn, memoryMb: "big" }] }, "functions[0].memoryMb: must be a number"],
    ["missing arrivals", { functions: [{ name: "api", durationMs: fn.durationMs }] }, "functions[0].arrivals:"],
    [
      "unknown distribution",
      { functions: [{ ...fn, durationMs: { dist: "normal", mean: 1 } }] },
      "functions[0].durationMs.dist: dist must be one of",
    ],
    ["typo in a field name", { functions: [{ ...fn, memoryMB: 512 }] }, "functions[0].memoryMB: unknown field"],
    ["no functions", { functions: [] }, "functions: needs at least one function"],
    ["not an object", 42, "(scenario): must be an object"],
    [
      "reserved leaves < 100 unreserved",
      { functions: [{ ...fn, reservedConcurrency: 950 }] },
      "functions[0].reservedConcurrency: reserving 950 in total leaves 50 unreserved",
    ],
    [
      "provisioned above reserved",
      { functions: [{ ...fn, reservedConcurrency: 10, provisionedConcurrency: 20 }] },
      "functions[0].provisionedConcurrency: must not exceed reservedConcurrency (10)",
    ],
    [
      "SQS visibility timeout below the function timeout",
      { functions: [{ ...fn, invocation: "sqs", timeoutSeconds: 60 }] },
      "functions[0].sqs.visibilityTimeoutSeconds: must be at least the function timeout (60 s)",
    ],
    [
      "SQS maximum concurrency below 2",
      { functions: [{ ...fn, invocation: "sqs", sqs: { maximumConcurrency: 1 } }] },
      "functions[0].sqs.maximumConcurrency: must be between 2 and 1000",
    ],
    ["duplicate names", { functions: [fn, fn] }, 'functions[1].name: duplicate name "api"'],
    [
      "uniform min above max",
      { functions: [{ ...fn, durationMs: { dist: "uniform", min: 5, max: 1 } }] },
      "functions[0].durationMs.max: min must not exceed max",
    ],
  ])("rejects %s", (_label, input, message) => {
    const r = parseScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith(message))).toBe(true);
  });
});

describe("arrivals", () => {
  test.each<[ArrivalsInput, number]>([
    [{ process: "constant", ratePerSecond: 50 }, 50 * 20],
    [
      {
        process: "steps",
        steps: [
          { atSecond: 0, ratePerSecond: 10 },
          { atSecond: 10, ratePerSecond: 30 },
        ],
        spacing: "even",
      },
      100 + 300,
    ],
    [{ process: "ramp", fromRate: 0, toRate: 100, startSecond: 0, endSecond: 20, spacing: "even" }, 1000],
    [
      { process: "spike", baseRate: 10, spikeRate: 110, atSecond: 5, durationSeconds: 5, spacing: "even" },
      50 + 550 + 100,
    ],
  ])("%j over 20 s gives %i arrivals", (arrivals, expected) => {
    const r = simulate(scenario({ durationSeconds: 20, functions: [{ ...fn, arrivals }] }), { timeline: false });
    expect(Math.abs(r.totals.requests - expected)).toBeLessThanOrEqual(1);
  });

  test("Poisson ramp has the right mean count", () => {
    const r = simulate(
      scenario({
        seed: 8,
        durationSeconds: 100,
        functions: [{ ...fn, arrivals: { process: "ramp", fromRate: 100, toRate: 300, endSecond: 100 } }],
      }),
      { timeline: false },
    );
    expect(Math.abs(r.totals.requests / 20_000 - 1)).toBeLessThan(0.03);
  });

  test("a CSV trace is replayed", () => {
    const csv = parseTraceCsv("timestamp\n2024-01-01T00:00:00Z\n2024-01-01T00:00:00.500Z\n2024-01-01T00:00:02Z\n");
    expect(csv).toEqual({ ok: true, timestampsSeconds: [0, 0.5, 2] });
    if (!csv.ok) return;
    const r = simulate(
      scenario({
        durationSeconds: 3,
        functions: [{ ...fn, arrivals: { process: "trace", timestampsSeconds: csv.timestampsSeconds } }],
      }),
    );
    expect(r.totals.requests).toBe(3);
    expect(r.totals.timeline!.invocations.slice(0, 3)).toEqual([2, 0, 1]);
  });

  test("CSV parser: milliseconds, named column, errors with line numbers", () => {
    expect(parseTraceCsv("id,t\na,1500\nb,500", { column: "t", unit: "ms" })).toEqual({
      ok: true,
      timestampsSeconds: [0, 1],
    });
    const bad = parseTraceCsv("t\n1\nabc\n");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toBe('line 3: "abc" is not a number or ISO date');
  });
});
