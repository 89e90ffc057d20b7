import { describe, expect, test } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { PAGE_LIMITS, PRESETS, pageScenarioIssues, type ScenarioInput, type ScenarioIssueKey } from "@/lib/simulator";

const base: ScenarioInput = {
  durationSeconds: 60,
  functions: [
    { name: "api", durationMs: { dist: "fixed", value: 100 }, arrivals: { process: "constant", ratePerSecond: 10 } },
  ],
};
const withFunction = (patch: Record<string, unknown>, scenario: Partial<ScenarioInput> = {}): ScenarioInput => ({
  ...base,
  ...scenario,
  functions: [{ ...base.functions[0]!, ...patch } as ScenarioInput["functions"][number]],
});
const issuesOf = (input: unknown) =>
  pageScenarioIssues(input).issues.map(({ path, key, params }) => ({ path, key, params }));

describe("pageScenarioIssues", () => {
  test("every preset runs on the page", () => {
    for (const preset of PRESETS) expect(issuesOf(preset.scenario), preset.id).toEqual([]);
  });

  test("the issue's cases become message keys with their numbers, on the field's path", () => {
    expect(issuesOf(withFunction({ provisionedConcurrency: 950 }))).toEqual([
      { path: "functions[0].provisionedConcurrency", key: "provisionedOverUnreserved", params: { max: 900 } },
    ]);
    expect(issuesOf(withFunction({ reservedConcurrency: 1_000_001 }))).toContainEqual({
      path: "functions[0].reservedConcurrency",
      key: "tooBig",
      params: { max: 1_000_000 },
    });
    expect(issuesOf(withFunction({ memoryMb: 300.5 }))).toEqual([
      { path: "functions[0].memoryMb", key: "notWhole", params: {} },
    ]);
    expect(issuesOf(withFunction({ name: "my api" }))).toEqual([
      { path: "functions[0].name", key: "nameFormat", params: {} },
    ]);
    expect(issuesOf(withFunction({ reservedConcurrency: 50, provisionedConcurrency: 60 }))).toEqual([
      { path: "functions[0].provisionedConcurrency", key: "provisionedOverReserved", params: { max: 50 } },
    ]);
  });

  test("the page runs at most an hour and a bounded number of requests", () => {
    expect(issuesOf({ ...base, durationSeconds: 999_999 })).toContainEqual({
      path: "durationSeconds",
      key: "pageDurationLimit",
      params: { max: PAGE_LIMITS.durationSeconds },
    });
    expect(issuesOf({ ...base, durationSeconds: 3600 })).toEqual([]);
    expect(
      issuesOf(withFunction({ arrivals: { process: "constant", ratePerSecond: 100_000 } }, { durationSeconds: 3600 })),
    ).toEqual([{ path: "functions[0].arrivals", key: "pageRequestLimit", params: { max: PAGE_LIMITS.requests } }]);
  });

  test("every key has a message in both languages, and no message shows a developer path", async () => {
    const keys: ScenarioIssueKey[] = [
      "required",
      "tooBig",
      "provisionedOverUnreserved",
      "pageDurationLimit",
      "pageRequestLimit",
    ];
    for (const locale of ["en", "ko"] as const) {
      const issues = ((await loadMessages(locale)).simulator as { issues: Record<string, string> }).issues;
      for (const key of keys) expect(issues[key], `${locale}.${key}`).toBeTruthy();
      for (const text of Object.values(issues)) expect(text).not.toMatch(/functions\[|\w+\.\w+Concurrency/);
    }
  });
});
