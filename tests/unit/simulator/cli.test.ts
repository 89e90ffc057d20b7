import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseScenario } from "@/lib/simulator/scenario";

const cli = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "cli", "--", "simulate", ...args], { encoding: "utf8", timeout: 60_000 });

describe("recall simulate", { timeout: 60_000 }, () => {
  test("--json prints one JSON object with the issue's keys", () => {
    const r = cli("content/scenarios/reserved-throttling.json", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const api = (out.byFunction as Record<string, Record<string, unknown>>).api;
    for (const key of [
      "requests",
      "invocations",
      "throttled",
      "coldStarts",
      "coldStartRate",
      "meanConcurrency",
      "peakConcurrency",
      "latencyMs",
      "retries",
      "deadLettered",
      "gbSeconds",
      "cost",
      "timeline",
    ]) {
      expect(api).toHaveProperty(key);
      expect(out.totals).toHaveProperty(key);
    }
    expect(api?.throttled).toBe(1800);
    expect(Object.keys(api?.cost as object)).toEqual(
      expect.arrayContaining(["requests", "compute", "provisioned", "total"]),
    );
  });

  test("--no-timeline leaves the timeline out; without --json prints a table", () => {
    const j = cli("content/scenarios/reserved-throttling.json", "--json", "--no-timeline");
    expect(JSON.parse(j.stdout).totals.timeline).toBeUndefined();
    const t = cli("content/scenarios/reserved-throttling.json");
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/function\s+requests\s+ran\s+throttled/);
    expect(t.stdout).toContain("TOTAL");
  });

  test("an invalid scenario names the field on stderr and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "recall-sim-"));
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        functions: [
          {
            name: "api",
            memoryMb: 64,
            durationMs: { dist: "fixed", value: 1 },
            arrivals: { process: "poisson", ratePerSecond: 1 },
          },
        ],
      }),
    );
    const r = cli(file, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("functions[0].memoryMb: must be between 128 and 10240");
    writeFileSync(file, "{ not json");
    const j = cli(file);
    expect(j.status).toBe(1);
    expect(j.stderr).toContain("is not valid JSON");
  });
});

describe("example scenarios", () => {
  test.each(readdirSync("content/scenarios").filter((f) => f.endsWith(".json")))("%s is valid", (file) => {
    const r = parseScenario(JSON.parse(readFileSync(join("content/scenarios", file), "utf8")));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});
