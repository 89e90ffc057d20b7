/**
 * zod schemas for simulator scenarios. Every field an AWS user can configure has AWS's documented
 * default; fields AWS does not document (idle lifetime, cold-start time) default to stated assumptions.
 * Sources:
 * - Concurrency: https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 * - Scaling rate: https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
 * - Memory/timeout: https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 * - Async: https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 * - SQS: https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html ,
 *   https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
 */
// First: configures zod before any schema below is built.
import "./zod-jitless";
import { z } from "zod";

const numberError = {
  error: (iss: { input?: unknown }) => (iss.input === undefined ? "is required" : "must be a number"),
};

/** A number in [min, max]; `int` requires a whole number. Messages name the range. */
export function num(min: number, max: number, int = false) {
  const range = `must be between ${min} and ${max}`;
  const base = z.number(numberError);
  return (int ? base.int("must be a whole number") : base).min(min, range).max(max, range);
}

const ms = num(0, 86_400_000);
const positiveMs = num(0.001, 86_400_000);

/** Duration distributions in ms: fixed, exponential, lognormal(mean, sd), uniform(min, max). */
export const distSchema = z.discriminatedUnion(
  "dist",
  [
    z.strictObject({ dist: z.literal("fixed"), value: ms }),
    z.strictObject({ dist: z.literal("exponential"), mean: positiveMs }),
    z.strictObject({ dist: z.literal("lognormal"), mean: positiveMs, sd: ms }),
    z.strictObject({ dist: z.literal("uniform"), min: ms, max: ms }).refine((d) => d.min <= d.max, {
      message: "min must not exceed max",
      path: ["max"],
      params: { key: "maxBelowMin" },
    }),
  ],
  { error: "dist must be one of fixed, exponential, lognormal, uniform" },
);

const rate = num(0, 10_000_000);
const second = num(0, 31 * 86_400);
const spacing = z.enum(["poisson", "even"]).default("poisson");

/** Arrival processes; `spacing` picks Poisson or evenly spaced arrivals for time-varying rates. */
export const arrivalsSchema = z.discriminatedUnion(
  "process",
  [
    z.strictObject({ process: z.literal("constant"), ratePerSecond: rate }),
    z.strictObject({ process: z.literal("poisson"), ratePerSecond: rate }),
    z.strictObject({
      process: z.literal("steps"),
      steps: z.array(z.strictObject({ atSecond: second, ratePerSecond: rate })).min(1, "needs at least one step"),
      spacing,
    }),
    z.strictObject({
      process: z.literal("ramp"),
      fromRate: rate,
      toRate: rate,
      startSecond: second.default(0),
      endSecond: second,
      spacing,
    }),
    z.strictObject({
      process: z.literal("spike"),
      baseRate: rate,
      spikeRate: rate,
      atSecond: second,
      durationSeconds: num(0.001, 31 * 86_400),
      spacing,
    }),
    z.strictObject({
      process: z.literal("trace"),
      timestampsSeconds: z.array(second).max(20_000_000, "at most 20,000,000 timestamps"),
    }),
  ],
  { error: "process must be one of constant, poisson, steps, ramp, spike, trace" },
);

/** Sync client retry policy for 429s (exponential backoff; off by default). */
export const clientRetrySchema = z.strictObject({
  maxRetries: num(0, 10, true).default(0),
  baseDelayMs: num(1, 60_000).default(100),
  maxDelayMs: num(1, 300_000).default(20_000),
  jitter: z.enum(["full", "none"]).default("full"),
});

/** Async invocation settings (AWS defaults: 2 retries, 6 h maximum event age, no destination). */
export const asyncSchema = z.strictObject({
  maximumRetryAttempts: num(0, 2, true).default(2),
  maximumEventAgeSeconds: num(60, 21_600, true).default(21_600),
  deadLetterQueue: z.boolean().default(false),
});

/** SQS event source mapping and queue settings (AWS defaults: batch 10, window 0, visibility 30 s). */
export const sqsSchema = z.strictObject({
  batchSize: num(1, 10_000, true).default(10),
  maximumBatchingWindowSeconds: num(0, 300).default(0),
  maximumConcurrency: num(2, 1000, true).optional(),
  visibilityTimeoutSeconds: num(0, 43_200).default(30),
  maxReceiveCount: num(1, 1000, true).optional(),
  messageRetentionSeconds: num(60, 1_209_600).default(345_600),
  initialBacklog: num(0, 50_000_000, true).default(0),
});

const defaultColdStart = { dist: "lognormal" as const, mean: 300, sd: 100 };

/** One Lambda function. */
export const functionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, - or _"),
  memoryMb: num(128, 10_240, true).default(128),
  timeoutSeconds: num(1, 900).default(3),
  reservedConcurrency: num(0, 1_000_000, true).nullable().optional(),
  provisionedConcurrency: num(0, 1_000_000, true).default(0),
  invocation: z.enum(["sync", "async", "sqs"]).default("sync"),
  durationMs: distSchema,
  durationMeasuredAtMemoryMb: num(128, 10_240, true).optional(),
  cpuBoundFraction: num(0, 1).default(1),
  coldStartMs: distSchema.default(defaultColdStart),
  idleLifetimeSeconds: num(0, 31 * 86_400).default(600),
  errorRate: num(0, 1).default(0),
  ephemeralStorageMb: num(512, 10_240, true).default(512),
  arrivals: arrivalsSchema,
  clientRetry: clientRetrySchema.default({ maxRetries: 0, baseDelayMs: 100, maxDelayMs: 20_000, jitter: "full" }),
  async: asyncSchema.default({ maximumRetryAttempts: 2, maximumEventAgeSeconds: 21_600, deadLetterQueue: false }),
  sqs: sqsSchema.default({
    batchSize: 10,
    maximumBatchingWindowSeconds: 0,
    visibilityTimeoutSeconds: 30,
    messageRetentionSeconds: 345_600,
    initialBacklog: 0,
  }),
});

/** Account limit and scaling model ("current" = token bucket since Nov 2023; "legacy" = burst + 500/min). */
export const accountSchema = z.strictObject({
  concurrencyLimit: num(1, 1_000_000, true).default(1000),
  scaling: z
    .strictObject({
      mode: z.enum(["current", "legacy"]).default("current"),
      bucketCapacity: num(1, 1_000_000).default(1000),
      refillPerSecond: num(0, 1_000_000).default(100),
      legacyBurst: num(1, 1_000_000, true).default(3000),
      legacyPerMinute: num(0, 1_000_000).default(500),
    })
    .default({ mode: "current", bucketCapacity: 1000, refillPerSecond: 100, legacyBurst: 3000, legacyPerMinute: 500 }),
});

/** Pricing options; `prices` overrides individual unit prices (US dollars). */
export const pricingSchema = z.strictObject({
  architecture: z.enum(["x86_64", "arm64"]).default("x86_64"),
  freeTier: z.boolean().default(false),
  billInit: z.boolean().default(true),
  prices: z
    .strictObject({
      requestPerMillion: num(0, 1000).optional(),
      computePerGbSecond: num(0, 1).optional(),
      provisionedPerGbSecond: num(0, 1).optional(),
      provisionedDurationPerGbSecond: num(0, 1).optional(),
    })
    .optional(),
});

/** Model assumptions AWS does not document. */
export const modelSchema = z.strictObject({
  fullVcpuMemoryMb: num(128, 10_240).default(1769),
  maxVcpusUsed: num(1, 6).default(1),
  drainSeconds: num(0, 86_400).default(900),
});
