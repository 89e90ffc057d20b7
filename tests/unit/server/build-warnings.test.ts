import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { wholeProjectTracingWarnings } from "@/lib/server/app-server";

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/build/${name}`, "utf8");

describe("wholeProjectTracingWarnings", () => {
  test("finds each warning of a real `next build` run, with the file it points at", () => {
    const warnings = wholeProjectTracingWarnings(fixture("next-build-tracing-warnings.txt"));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\.\/lib\/notes\/parse-pool\.ts:\d+:\d+ Warning: Dynamic filesystem access/);
    expect(warnings[1]).toMatch(/^\.\/lib\/server\/data-dir\.ts:\d+:\d+ Warning/);
  });

  test("a clean build has none", () => {
    const clean = fixture("next-build-tracing-warnings.txt")
      .split("\n")
      .filter((line) => !line.includes("Dynamic filesystem access"))
      .join("\n");
    expect(wholeProjectTracingWarnings(clean)).toEqual([]);
  });
});
