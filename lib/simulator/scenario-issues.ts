/**
 * Validation problems as data for the page: a message key with its numbers, and the field's path, so the
 * page can say it in the student's language next to the field (the CLI keeps `parseScenario`'s text).
 * Also the page's own bounds: a browser tab runs at most an hour of simulated time and a few million
 * requests (the CLI may run more).
 */
import type { z } from "zod";
import { type Arrivals, formatPath, type Scenario, scenarioSchema } from "./scenario";

export type ScenarioIssueKey =
  | "required"
  | "notNumber"
  | "notWhole"
  | "tooSmall"
  | "tooBig"
  | "needsOne"
  | "tooMany"
  | "nameFormat"
  | "invalidChoice"
  | "unknownField"
  | "duplicateName"
  | "unreservedFloor"
  | "provisionedOverReserved"
  | "provisionedOverUnreserved"
  | "visibilityBelowTimeout"
  | "batchingWindowNeeded"
  | "endBeforeStart"
  | "maxBelowMin"
  | "pageDurationLimit"
  | "pageRequestLimit"
  | "invalid";

export interface ScenarioIssue {
  /** The field as `functions[0].provisionedConcurrency` (for matching a field, never shown). */
  path: string;
  /** The last named segment (`provisionedConcurrency`), for the field's label in the summary. */
  field: string;
  key: ScenarioIssueKey;
  params: Record<string, string | number>;
}

const CUSTOM_KEYS = new Set<string>([
  "duplicateName",
  "unreservedFloor",
  "provisionedOverReserved",
  "provisionedOverUnreserved",
  "visibilityBelowTimeout",
  "batchingWindowNeeded",
  "endBeforeStart",
  "maxBelowMin",
]);

function issue(
  path: readonly PropertyKey[],
  key: ScenarioIssueKey,
  params: ScenarioIssue["params"] = {},
): ScenarioIssue {
  const field = [...path].reverse().find((segment) => typeof segment === "string");
  return { path: formatPath(path), field: typeof field === "string" ? field : "", key, params };
}

function fromZod(iss: z.core.$ZodIssue): ScenarioIssue[] {
  switch (iss.code) {
    case "unrecognized_keys":
      return iss.keys.map((key) => issue([...iss.path, key], "unknownField", { name: key }));
    case "invalid_type":
      if (iss.input === undefined) return [issue(iss.path, "required")];
      return [
        issue(iss.path, iss.expected === "int" ? "notWhole" : iss.expected === "number" ? "notNumber" : "invalid"),
      ];
    case "too_small":
      return iss.origin === "array"
        ? [issue(iss.path, "needsOne")]
        : [issue(iss.path, "tooSmall", { min: Number(iss.minimum) })];
    case "too_big":
      return [issue(iss.path, iss.origin === "array" ? "tooMany" : "tooBig", { max: Number(iss.maximum) })];
    case "invalid_format":
      return [issue(iss.path, "nameFormat")];
    case "invalid_union":
    case "invalid_value":
      return [issue(iss.path, "invalidChoice")];
    case "custom": {
      const { key, ...params } = (iss.params ?? {}) as { key?: string } & ScenarioIssue["params"];
      return [issue(iss.path, key && CUSTOM_KEYS.has(key) ? (key as ScenarioIssueKey) : "invalid", params)];
    }
    default:
      return [issue(iss.path, "invalid")];
  }
}

/** The page's bounds (the CLI has the schema's own, much wider ones). */
export const PAGE_LIMITS = { durationSeconds: 3600, requests: 5_000_000 } as const;

/** An upper bound on the requests one function's arrivals produce in `seconds`. */
export function requestBound(arrivals: Arrivals, seconds: number): number {
  switch (arrivals.process) {
    case "constant":
    case "poisson":
      return arrivals.ratePerSecond * seconds;
    case "steps":
      return Math.max(...arrivals.steps.map((step) => step.ratePerSecond)) * seconds;
    case "ramp":
      return Math.max(arrivals.fromRate, arrivals.toRate) * seconds;
    case "spike":
      return Math.max(arrivals.baseRate, arrivals.spikeRate) * seconds;
    case "trace":
      return arrivals.timestampsSeconds.length;
  }
}

/** Problems with a scenario typed into the page: the schema's, then the page's bounds. Empty when it may run. */
export function pageScenarioIssues(input: unknown): { issues: ScenarioIssue[]; scenario: Scenario | null } {
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { issues: parsed.error.issues.flatMap(fromZod), scenario: null };
  const scenario = parsed.data;
  const issues: ScenarioIssue[] = [];
  if (scenario.durationSeconds > PAGE_LIMITS.durationSeconds) {
    issues.push(issue(["durationSeconds"], "pageDurationLimit", { max: PAGE_LIMITS.durationSeconds }));
  }
  const seconds = Math.min(scenario.durationSeconds, PAGE_LIMITS.durationSeconds);
  const perFunction = scenario.functions.map(
    (fn) => requestBound(fn.arrivals, seconds) + (fn.invocation === "sqs" ? fn.sqs.initialBacklog : 0),
  );
  if (perFunction.reduce((total, n) => total + n, 0) > PAGE_LIMITS.requests) {
    const busiest = perFunction.indexOf(Math.max(...perFunction));
    issues.push(issue(["functions", busiest, "arrivals"], "pageRequestLimit", { max: PAGE_LIMITS.requests }));
  }
  return { issues, scenario: issues.length === 0 ? scenario : null };
}
