import { describe, expect, test } from "vitest";
import { simulate } from "@/lib/simulator/simulate";
import { erlangB } from "@/lib/simulator/theory";
import { mmc, scenario } from "./helpers";

// Statistical margins: from repeated runs, the relative standard deviation of the throttled fraction
// is about 0.2% for B(30,25) with 8M arrivals, 0.3% for B(100,100) with 10M and 0.35% for
// B(1000,1000) with 30M, so 1% is roughly 3 standard deviations or more.

describe("Erlang-B recursion", () => {
  test.each([
    [30, 25, 0.052603],
    [100, 100, 0.075701],
    [1000, 1000, 0.024812],
    [1, 1, 0.5],
  ])("B(%i, %i) = %f", (c, a, b) => {
    // Reference values are given to 6 decimals (B(100,100) = 0.0757005 exactly), so compare to 5e-6.
    expect(Math.abs(erlangB(c, a) - b)).toBeLessThan(5e-6);
  });
});

describe("throttled fraction matches Erlang-B (Poisson arrivals, exponential durations, no cold-start delay)", {
  timeout: 60_000,
}, () => {
  test("cap from reserved concurrency: c = 30, A = 25", () => {
    const f = simulate(mmc({ rate: 25, seconds: 320_000, seed: 1, reserved: 30 }), { timeline: false }).byFunction.f;
    expect(f).toBeDefined();
    const frac = (f?.throttled ?? 0) / (f?.requests ?? 1);
    expect(Math.abs(frac / erlangB(30, 25) - 1)).toBeLessThan(0.01);
  });

  test("cap from reserved concurrency: c = 100, A = 100", () => {
    const f = simulate(mmc({ rate: 100, seconds: 100_000, seed: 1, reserved: 100 }), { timeline: false }).byFunction.f;
    const frac = (f?.throttled ?? 0) / (f?.requests ?? 1);
    expect(Math.abs(frac / erlangB(100, 100) - 1)).toBeLessThan(0.01);
  });

  test("cap from the account limit: c = 1000, A = 1000", () => {
    const f = simulate(mmc({ rate: 1000, seconds: 30_000, seed: 1, limit: 1000 }), { timeline: false }).byFunction.f;
    const frac = (f?.throttled ?? 0) / (f?.requests ?? 1);
    expect(f?.throttledBy.accountOrUnreserved).toBe(f?.throttled);
    expect(Math.abs(frac / erlangB(1000, 1000) - 1)).toBeLessThan(0.01);
  });
});

describe("Little's law without a cap: mean concurrency = λ·E[S]", { timeout: 60_000 }, () => {
  test("exponential durations, λ = 100/s, E[S] = 1 s", () => {
    const r = simulate(mmc({ rate: 100, seconds: 20_000, seed: 2 }), { timeline: false });
    expect(r.totals.throttled).toBe(0);
    expect(Math.abs(r.byFunction.f!.meanConcurrency / 100 - 1)).toBeLessThan(0.01);
  });

  test("lognormal durations (M/G/∞), λ = 200/s, E[S] = 0.25 s", () => {
    const s = scenario({
      seed: 3,
      durationSeconds: 20_000,
      model: { drainSeconds: 0 },
      account: { concurrencyLimit: 10_000 },
      functions: [
        {
          name: "g",
          timeoutSeconds: 60,
          durationMs: { dist: "lognormal", mean: 250, sd: 200 },
          coldStartMs: { dist: "fixed", value: 0 },
          arrivals: { process: "poisson", ratePerSecond: 200 },
        },
      ],
    });
    const g = simulate(s, { timeline: false }).byFunction.g!;
    expect(Math.abs(g.meanConcurrency / 50 - 1)).toBeLessThan(0.01);
    expect(Math.abs((g.latencyMs.mean ?? 0) / 250 - 1)).toBeLessThan(0.01);
  });
});
