import { describe, expect, test } from "vitest";
import type { ScenarioInput } from "@/lib/simulator/scenario";
import { simulate } from "@/lib/simulator/simulate";
import { scenario } from "./helpers";

type Fn = ScenarioInput["functions"][number];
const fn = (over: Partial<Fn>): Fn => ({
  name: "f",
  memoryMb: 512,
  timeoutSeconds: 30,
  coldStartMs: { dist: "fixed", value: 0 },
  durationMs: { dist: "fixed", value: 100 },
  arrivals: { process: "constant", ratePerSecond: 10 },
  ...over,
});

describe("asynchronous invocation", () => {
  test("an always-failing event runs 3 times (2 retries) and then goes to the DLQ", () => {
    const f = simulate(
      scenario({
        durationSeconds: 10,
        functions: [fn({ invocation: "async", errorRate: 1, async: { deadLetterQueue: true } })],
      }),
    ).byFunction.f!;
    expect(f.requests).toBe(100);
    expect(f.invocations).toBe(300);
    expect(f.retries).toBe(200);
    expect(f.deadLettered).toBe(100);
    expect(f.discarded).toBe(0);
    expect(f.pendingAtEnd).toBe(0);
  });

  test("without a destination the failed events are discarded; maximumRetryAttempts 0 means one attempt", () => {
    const f = simulate(
      scenario({
        durationSeconds: 10,
        functions: [fn({ invocation: "async", errorRate: 1, async: { maximumRetryAttempts: 0 } })],
      }),
    ).byFunction.f!;
    expect(f.invocations).toBe(100);
    expect(f.discarded).toBe(100);
    expect(f.deadLettered).toBe(0);
  });

  test("maximum event age stops retries", () => {
    const f = simulate(
      scenario({
        durationSeconds: 10,
        functions: [
          fn({ invocation: "async", errorRate: 1, async: { maximumEventAgeSeconds: 60, deadLetterQueue: true } }),
        ],
      }),
    ).byFunction.f!;
    expect(f.invocations).toBe(100); // the first retry would come 60 s after a 0.1 s run: too old
    expect(f.deadLettered).toBe(100);
  });

  test("error rate e ends about e³ of the events in the DLQ", () => {
    const f = simulate(
      scenario({
        seed: 5,
        durationSeconds: 200,
        functions: [
          fn({
            invocation: "async",
            errorRate: 0.5,
            arrivals: { process: "poisson", ratePerSecond: 100 },
            async: { deadLetterQueue: true },
          }),
        ],
      }),
    ).byFunction.f!;
    expect(f.deadLettered / f.requests).toBeGreaterThan(0.115);
    expect(f.deadLettered / f.requests).toBeLessThan(0.135);
    expect(f.retries / f.requests).toBeCloseTo(0.5 + 0.25, 1);
  });

  test("throttled events wait in the internal queue and are retried, not lost", () => {
    const f = simulate(
      scenario({
        durationSeconds: 2,
        functions: [
          fn({
            invocation: "async",
            reservedConcurrency: 2,
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 10 },
          }),
        ],
      }),
    ).byFunction.f!;
    expect(f.requests).toBe(20);
    expect(f.invocations).toBe(20);
    expect(f.throttled).toBeGreaterThan(0);
    expect(f.deadLettered + f.discarded).toBe(0);
    expect(f.timeline!.backlog[0]).toBeGreaterThan(0);
  });
});

describe("SQS event source mapping", () => {
  test("maximum concurrency 5 with batches of 10 × 1 s drains 10,000 messages in about 200 s", () => {
    const f = simulate(
      scenario({
        durationSeconds: 300,
        functions: [
          fn({
            invocation: "sqs",
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 0 },
            sqs: { maximumConcurrency: 5, initialBacklog: 10_000 },
          }),
        ],
      }),
    ).byFunction.f!;
    expect(f.requests).toBe(10_000);
    expect(f.invocations).toBe(1000);
    expect(f.peakConcurrency).toBe(5);
    expect(f.sqs!.messagesDeleted).toBe(10_000);
    expect(f.sqs!.drainedAtSecond).toBeGreaterThanOrEqual(198);
    expect(f.sqs!.drainedAtSecond).toBeLessThanOrEqual(200);
  });

  test("pollers start at 5 and add 300 per minute", () => {
    const f = simulate(
      scenario({
        durationSeconds: 120,
        account: { concurrencyLimit: 3000 },
        functions: [
          fn({
            invocation: "sqs",
            durationMs: { dist: "fixed", value: 1000 },
            arrivals: { process: "constant", ratePerSecond: 0 },
            sqs: { initialBacklog: 2_000_000 },
          }),
        ],
      }),
    ).byFunction.f!;
    const c = f.timeline!.concurrency;
    expect(c[0]).toBe(5);
    expect(Math.abs((c[60] ?? 0) - 305)).toBeLessThanOrEqual(10);
    expect(Math.abs((c[119] ?? 0) - 600)).toBeLessThanOrEqual(10);
  });

  test("failing batches are redelivered after the visibility timeout, then moved to the DLQ", () => {
    const f = simulate(
      scenario({
        durationSeconds: 10,
        functions: [
          fn({
            invocation: "sqs",
            errorRate: 1,
            arrivals: { process: "constant", ratePerSecond: 0 },
            sqs: { initialBacklog: 50, batchSize: 10, visibilityTimeoutSeconds: 30, maxReceiveCount: 3 },
          }),
        ],
      }),
    ).byFunction.f!;
    expect(f.invocations).toBe(15); // 5 batches × 3 receives
    expect(f.retries).toBe(100); // each message redelivered twice
    expect(f.deadLettered).toBe(50);
    expect(f.sqs!.backlogAtEnd).toBe(0);
  });

  test("throttling by reserved concurrency slows the drain but loses nothing", () => {
    const f = simulate(
      scenario({
        durationSeconds: 600,
        functions: [
          fn({
            invocation: "sqs",
            reservedConcurrency: 3,
            durationMs: { dist: "fixed", value: 500 },
            arrivals: { process: "constant", ratePerSecond: 0 },
            sqs: { initialBacklog: 600, visibilityTimeoutSeconds: 180 },
          }),
        ],
      }),
    ).byFunction.f!;
    expect(f.throttled).toBeGreaterThan(0);
    expect(f.peakConcurrency).toBe(3);
    expect(f.sqs!.messagesDeleted).toBe(600);
  });
});
