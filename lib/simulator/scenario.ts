/**
 * Scenario format: validation with AWS defaults and messages that name the bad field.
 * Cross-field rules follow https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 * (at least 100 unreserved, provisioned ≤ reserved) and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html (visibility timeout
 * at least the function timeout; batch size above 10 needs a batching window of at least 1 s).
 */
import { z } from "zod";
import { accountSchema, functionSchema, modelSchema, num, pricingSchema } from "./scenario-schema";

/** Root scenario schema (input: partial JSON; output: every default filled in). */
export const scenarioSchema = z
  .strictObject({
    name: z.string().max(200).optional(),
    description: z.string().max(5000).optional(),
    seed: num(-2_147_483_648, 2_147_483_647, true).default(1),
    durationSeconds: num(1, 31 * 86_400).default(60),
    account: accountSchema.default({
      concurrencyLimit: 1000,
      scaling: { mode: "current", bucketCapacity: 1000, refillPerSecond: 100, legacyBurst: 3000, legacyPerMinute: 500 },
    }),
    pricing: pricingSchema.default({ architecture: "x86_64", freeTier: false, billInit: true }),
    model: modelSchema.default({ fullVcpuMemoryMb: 1769, maxVcpusUsed: 1, drainSeconds: 900 }),
    functions: z.array(functionSchema).min(1, "needs at least one function").max(50, "at most 50 functions"),
  })
  .superRefine((s, ctx) => {
    const limit = s.account.concurrencyLimit;
    const seen = new Set<string>();
    let reserved = 0;
    s.functions.forEach((f, i) => {
      const at = (...p: (string | number)[]) => ["functions", i, ...p];
      if (seen.has(f.name))
        ctx.addIssue({
          code: "custom",
          path: at("name"),
          message: `duplicate name "${f.name}"`,
          params: { key: "duplicateName", name: f.name },
        });
      seen.add(f.name);
      const r = f.reservedConcurrency;
      if (r !== undefined && r !== null) {
        reserved += r;
        if (limit - reserved < 100) {
          ctx.addIssue({
            code: "custom",
            path: at("reservedConcurrency"),
            message: `reserving ${reserved} in total leaves ${limit - reserved} unreserved of account.concurrencyLimit ${limit}; AWS keeps at least 100 unreserved`,
            params: { key: "unreservedFloor", reserved, max: Math.max(0, limit - 100), limit },
          });
        }
        if (f.provisionedConcurrency > r) {
          ctx.addIssue({
            code: "custom",
            path: at("provisionedConcurrency"),
            message: `must not exceed reservedConcurrency (${r})`,
            params: { key: "provisionedOverReserved", max: r },
          });
        }
      }
      if (f.invocation === "sqs") {
        if (f.sqs.visibilityTimeoutSeconds < f.timeoutSeconds) {
          ctx.addIssue({
            code: "custom",
            path: at("sqs", "visibilityTimeoutSeconds"),
            message: `must be at least the function timeout (${f.timeoutSeconds} s); AWS recommends 6 × the timeout`,
            params: { key: "visibilityBelowTimeout", min: f.timeoutSeconds },
          });
        }
        if (f.sqs.batchSize > 10 && f.sqs.maximumBatchingWindowSeconds < 1) {
          ctx.addIssue({
            code: "custom",
            path: at("sqs", "maximumBatchingWindowSeconds"),
            message: "must be at least 1 when batchSize is above 10",
            params: { key: "batchingWindowNeeded" },
          });
        }
      }
      if (f.arrivals.process === "ramp" && f.arrivals.endSecond < f.arrivals.startSecond) {
        ctx.addIssue({
          code: "custom",
          path: at("arrivals", "endSecond"),
          message: "must not be before startSecond",
          params: { key: "endBeforeStart" },
        });
      }
    });
    const unreserved = limit - reserved;
    let provisionedUnreserved = 0;
    s.functions.forEach((f, i) => {
      if (f.reservedConcurrency !== undefined && f.reservedConcurrency !== null) return;
      provisionedUnreserved += f.provisionedConcurrency;
      if (f.provisionedConcurrency > 0 && provisionedUnreserved > unreserved - 100) {
        ctx.addIssue({
          code: "custom",
          path: ["functions", i, "provisionedConcurrency"],
          message: `provisioned concurrency without reserved concurrency may total at most unreserved − 100 (${Math.max(0, unreserved - 100)})`,
          params: { key: "provisionedOverUnreserved", max: Math.max(0, unreserved - 100) },
        });
      }
    });
  });

/** Scenario as written (fields optional where a default exists). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** Validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** One validated function. */
export type FunctionConfig = Scenario["functions"][number];
/** Arrival process of a function. */
export type Arrivals = FunctionConfig["arrivals"];

/** Formats a zod path as `functions[0].memoryMb`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out === "" ? "(scenario)" : out;
}

/**
 * Validates untrusted JSON. Returns the scenario with AWS defaults filled in, or error messages
 * each naming the field, e.g. `functions[0].memoryMb: must be between 128 and 10240`.
 */
export function parseScenario(json: unknown): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const r = scenarioSchema.safeParse(json);
  if (r.success) return { ok: true, scenario: r.data };
  const errors = r.error.issues.flatMap((iss) => {
    if (iss.code === "unrecognized_keys") {
      return iss.keys.map((k) => `${formatPath([...iss.path, k])}: unknown field`);
    }
    let message = iss.message;
    if (iss.code === "invalid_type" && message.startsWith("Invalid input")) {
      message = `must be ${iss.expected === "object" ? "an object" : iss.expected === "array" ? "an array" : `a ${iss.expected}`}`;
    }
    return [`${formatPath(iss.path)}: ${message}`];
  });
  return { ok: false, errors };
}
