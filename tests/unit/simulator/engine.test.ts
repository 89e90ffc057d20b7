import { describe, expect, test } from "vitest";
import { Engine } from "@/lib/simulator/engine";
import { buildStats } from "@/lib/simulator/result";
import { simulate } from "@/lib/simulator/simulate";
import { scenario } from "./helpers";

const base = {
  name: "api",
  memoryMb: 1024,
  timeoutSeconds: 30,
  coldStartMs: { dist: "fixed" as const, value: 0 },
};

describe("determinism", () => {
  test("same scenario and seed give the same result; another seed differs", () => {
    const make = (seed: number) =>
      scenario({
        seed,
        durationSeconds: 120,
        functions: [
          {
            ...base,
            durationMs: { dist: "lognormal", mean: 300, sd: 100 },
            coldStartMs: { dist: "exponential", mean: 400 },
            arrivals: { process: "poisson", ratePerSecond: 200 },
          },
        ],
      });
    const a = simulate(make(9));
    const b = simulate(make(9));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(simulate(make(10)).totals.requests).not.toBe(a.totals.requests);
  });

  test("does not mutate its input", () => {
    const s = scenario({
      functions: [
        { ...base, durationMs: { dist: "fixed", value: 5 }, arrivals: { process: "constant", ratePerSecond: 3 } },
      ],
    });
    const before = JSON.stringify(s);
    simulate(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("reserved concurrency", () => {
  test("50 reserved, 80 requests/s of 1 s sync calls: about 30 requests/s throttled", () => {
    const r = simulate(
      scenario({
        durationSeconds: 60,
        functions: [
          {
            ...base,
            reservedConcurrency: 50,
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 80 },
          },
        ],
      }),
    );
    const f = r.byFunction.api!;
    expect(f.throttled / 60).toBeCloseTo(30, 0);
    expect(f.throttledBy.reservedConcurrency).toBe(f.throttled);
    expect(f.peakConcurrency).toBe(50);
    expect(f.timeline?.throttles.slice(5, 10)).toEqual([30, 30, 30, 30, 30]);
  });

  test("a reserved function is protected from a noisy neighbour using the unreserved pool", () => {
    const r = simulate(
      scenario({
        durationSeconds: 30,
        account: { concurrencyLimit: 300 },
        functions: [
          {
            ...base,
            name: "vip",
            reservedConcurrency: 100,
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 90 },
          },
          {
            ...base,
            name: "noisy",
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 500 },
          },
        ],
      }),
    );
    expect(r.byFunction.vip!.throttled).toBe(0);
    expect(r.byFunction.noisy!.peakConcurrency).toBe(200);
    expect(r.byFunction.noisy!.throttledBy.accountOrUnreserved).toBeGreaterThan(0);
  });
});

describe("scaling rate (token bucket: 1,000 environments, +100/s)", () => {
  test("a jump to 3,000 concurrent needs 20 s to reach full concurrency", () => {
    const r = simulate(
      scenario({
        durationSeconds: 40,
        account: { concurrencyLimit: 5000 },
        functions: [
          {
            ...base,
            timeoutSeconds: 900,
            durationMs: { dist: "fixed", value: 10_000 },
            arrivals: { process: "constant", ratePerSecond: 300 },
          },
        ],
      }),
    );
    const f = r.byFunction.api!;
    const conc = f.timeline!.concurrency;
    // 300/s × 10 s needs 3,000. 1,000 at once, then 100 per second: 1,000 + 100·t reaches 300·t at t = 5 s
    // while demand still grows, so concurrency tracks the bucket from there: 1,000 + 100·t.
    // (A request needs a whole token, so the count runs one behind the continuous formula.)
    expect(Math.abs((conc[4] ?? 0) - 1500)).toBeLessThanOrEqual(1);
    expect(Math.abs((conc[9] ?? 0) - 2000)).toBeLessThanOrEqual(1);
    expect(f.throttledBy.scalingRate).toBeGreaterThan(0);
    expect(f.coldStarts).toBeLessThanOrEqual(1000 + 100 * 40 + 1);
    expect(conc[29]).toBe(3000);
  });

  test("legacy mode: burst then +500 per minute", () => {
    const r = simulate(
      scenario({
        durationSeconds: 200,
        account: { concurrencyLimit: 5000, scaling: { mode: "legacy", legacyBurst: 1000, legacyPerMinute: 500 } },
        functions: [
          {
            ...base,
            timeoutSeconds: 900,
            durationMs: { dist: "fixed", value: 100_000 },
            arrivals: { process: "constant", ratePerSecond: 100 },
          },
        ],
      }),
    );
    const conc = r.byFunction.api!.timeline!.concurrency;
    expect(conc[9]).toBe(1000); // burst reached at t = 10 s
    expect(conc[69]).toBeGreaterThanOrEqual(1495); // +500 in the following minute
    expect(conc[69]).toBeLessThanOrEqual(1510);
  });
});

describe("cold starts and environments", () => {
  test("idle environments are reused, then reclaimed after the idle lifetime", () => {
    const make = (idle: number) =>
      scenario({
        durationSeconds: 600,
        functions: [
          {
            ...base,
            idleLifetimeSeconds: idle,
            durationMs: { dist: "fixed", value: 100 },
            arrivals: { process: "constant", ratePerSecond: 1 / 60 },
          },
        ],
      });
    expect(simulate(make(600)).byFunction.api!.coldStarts).toBe(1);
    expect(simulate(make(30)).byFunction.api!.coldStarts).toBe(10);
  });

  test("provisioned concurrency removes cold starts when demand fits", () => {
    const make = (pc: number) =>
      scenario({
        seed: 4,
        durationSeconds: 120,
        functions: [
          {
            ...base,
            provisionedConcurrency: pc,
            durationMs: { dist: "lognormal", mean: 200, sd: 50 },
            coldStartMs: { dist: "lognormal", mean: 500, sd: 100 },
            arrivals: { process: "spike", baseRate: 5, spikeRate: 200, atSecond: 30, durationSeconds: 30 },
          },
        ],
      });
    const without = simulate(make(0)).byFunction.api!;
    const withPc = simulate(make(100)).byFunction.api!;
    expect(without.coldStarts).toBeGreaterThan(30);
    expect(withPc.coldStarts).toBe(0);
    expect(withPc.provisionedInvocations).toBe(withPc.invocations);
    expect(withPc.cost.provisioned).toBeGreaterThan(0);
    expect(withPc.latencyMs.max!).toBeLessThan(without.latencyMs.max!);
  });

  test("cold start time adds to latency and is billed", () => {
    const r = simulate(
      scenario({
        durationSeconds: 1,
        functions: [
          {
            ...base,
            coldStartMs: { dist: "fixed", value: 500 },
            durationMs: { dist: "fixed", value: 100 },
            arrivals: { process: "constant", ratePerSecond: 1 },
          },
        ],
      }),
    ).byFunction.api!;
    expect(r.latencyMs.max).toBeCloseTo(600, 0);
    expect(r.gbSeconds).toBeCloseTo(0.6, 6);
  });

  test("durations are capped by the timeout and scaled by memory", () => {
    const make = (memoryMb: number, timeoutSeconds: number) =>
      scenario({
        durationSeconds: 1,
        functions: [
          {
            ...base,
            memoryMb,
            timeoutSeconds,
            durationMeasuredAtMemoryMb: 512,
            durationMs: { dist: "fixed", value: 2000 },
            arrivals: { process: "constant", ratePerSecond: 1 },
          },
        ],
      });
    expect(simulate(make(1024, 30)).byFunction.api!.latencyMs.max).toBeCloseTo(1000, 0);
    expect(simulate(make(3538, 30)).byFunction.api!.latencyMs.max).toBeCloseTo(2000 * (512 / 1769), 0);
    const capped = simulate(make(512, 1)).byFunction.api!;
    expect(capped.timeouts).toBe(1);
    expect(capped.latencyMs.max).toBeCloseTo(1000, 0);
  });
});

describe("synchronous client retries", () => {
  test("retried 429s eventually succeed when capacity frees up", () => {
    const make = (maxRetries: number) =>
      scenario({
        durationSeconds: 60,
        functions: [
          {
            ...base,
            reservedConcurrency: 10,
            clientRetry: { maxRetries, baseDelayMs: 200, maxDelayMs: 5000 },
            durationMs: { dist: "fixed", value: 100 },
            arrivals: {
              process: "spike",
              baseRate: 20,
              spikeRate: 150,
              atSecond: 10,
              durationSeconds: 2,
              spacing: "even",
            },
          },
        ],
      });
    const none = simulate(make(0)).byFunction.api!;
    const some = simulate(make(5)).byFunction.api!;
    expect(none.rejected).toBe(none.throttled);
    expect(some.retries).toBeGreaterThan(0);
    expect(some.rejected).toBeLessThan(none.rejected);
    expect(some.invocations).toBeGreaterThan(none.invocations);
  });
});

describe("summarising", () => {
  test("buildStats reads a finished run without changing it: two calls give the same figures", () => {
    const s = scenario({
      durationSeconds: 30,
      model: { drainSeconds: 0 },
      functions: [
        {
          ...base,
          durationMs: { dist: "fixed", value: 2500 },
          arrivals: { process: "poisson", ratePerSecond: 4 },
        },
      ],
    });
    const engine = new Engine(s, true);
    engine.finish(engine.run(1_000_000));
    const first = buildStats(engine);
    expect(first.totals.meanConcurrency).toBeGreaterThan(0);
    expect(buildStats(engine)).toEqual(first);
  });
});
