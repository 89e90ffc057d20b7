import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as sim from "@/lib/simulator";

const dir = "lib/simulator";
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("lib/simulator stays pure and browser-safe", () => {
  test.each(files)("%s uses no Node-only API, I/O, clock or Math.random", (file) => {
    const src = readFileSync(join(dir, file), "utf8");
    expect(src).not.toMatch(
      /from "node:|require\(|\bprocess\.|\bfs\.|Date\.now|Math\.random|performance\.now|: any\b|as any\b/,
    );
  });

  test.each(files)("%s is at most ~270 lines", (file) => {
    expect(readFileSync(join(dir, file), "utf8").split("\n").length).toBeLessThanOrEqual(270);
  });

  test("the barrel exposes the public API", () => {
    expect(typeof sim.simulate).toBe("function");
    expect(typeof sim.parseScenario).toBe("function");
    expect(sim.PRESETS).toHaveLength(6);
    expect(sim.erlangB(30, 25)).toBeCloseTo(0.052603, 6);
  });
});
