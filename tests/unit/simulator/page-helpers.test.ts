import { describe, expect, test } from "vitest";
import { buildChartData, MAX_POINTS, withoutTimelines } from "@/app/(app)/simulator/_components/chart-data";
import { decodeScenario, encodeScenario, scenarioHref } from "@/app/(app)/simulator/_components/scenario-link";
import { PRESETS, parseScenario, simulate } from "@/lib/simulator";

const parsed = (input: unknown) => {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.scenario;
};

describe("shared scenario links", () => {
  test.each(PRESETS.map((preset) => [preset.id, preset.scenario] as const))(
    "%s survives the round trip",
    (_id, scenario) => {
      const decoded = decodeScenario(encodeScenario(scenario));
      expect(decoded).toEqual({ ok: true, scenario: parsed(scenario) });
    },
  );

  test("links are URL-safe and short", () => {
    const href = scenarioHref(PRESETS[2]!.scenario);
    expect(href).toMatch(/^\/simulator\?s=[A-Za-z0-9_-]+$/);
    expect(href.length).toBeLessThan(600);
  });

  test("a link with a bad field names it; a damaged link says it is damaged", () => {
    const bad = { ...PRESETS[1]!.scenario, functions: [{ ...PRESETS[1]!.scenario.functions[0]!, memoryMB: 512 }] };
    expect(decodeScenario(encodeScenario(bad as never))).toEqual({
      ok: false,
      reason: "invalid",
      errors: ["functions[0].memoryMB: unknown field"],
    });
    expect(decodeScenario("not-a-scenario")).toEqual({ ok: false, reason: "damaged" });
    expect(decodeScenario("")).toEqual({ ok: false, reason: "damaged" });
  });
});

describe("chart data", () => {
  const oneFunction = (durationSeconds: number) =>
    parsed({
      durationSeconds,
      functions: [
        {
          name: "api",
          durationMs: { dist: "fixed", value: 100 },
          coldStartMs: { dist: "fixed", value: 0 },
          arrivals: {
            process: "spike",
            baseRate: 1,
            spikeRate: 400,
            atSecond: 1000,
            durationSeconds: 2,
            spacing: "even",
          },
        },
      ],
      model: { drainSeconds: 0 },
    });

  test("a short run keeps one point per second", () => {
    const chart = buildChartData(simulate(oneFunction(120)));
    expect(chart.step).toBe(1);
    expect(chart.rows.map((row) => row.t)).toEqual(Array.from({ length: chart.rows.length }, (_, i) => i));
  });

  test("a long run is bucketed to at most MAX_POINTS points and a two-second spike still shows its peak", () => {
    const result = simulate(oneFunction(3600));
    const chart = buildChartData(result);
    expect(chart.rows.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(chart.step).toBe(Math.ceil(result.byFunction.api!.timeline!.concurrency.length / MAX_POINTS));
    const peak = Math.max(...chart.rows.map((row) => row["concurrency:api"] ?? 0));
    expect(peak).toBe(result.byFunction.api!.peakConcurrency);
    // Cold starts become a per-second average, so their total over time is kept.
    const coldStarts = chart.rows.reduce((sum, row) => sum + (row["coldStarts:api"] ?? 0) * chart.step, 0);
    expect(coldStarts).toBeCloseTo(result.byFunction.api!.coldStarts, 0);
  });

  test("withoutTimelines drops the per-second arrays and nothing else", () => {
    const result = simulate(oneFunction(60));
    const slim = withoutTimelines(result);
    expect(slim.totals.timeline).toBeUndefined();
    expect(slim.byFunction.api!.timeline).toBeUndefined();
    expect({ ...slim.totals, timeline: result.totals.timeline }).toEqual(result.totals);
  });
});
