/**
 * What the event-source rules (sqs.ts, retries.ts) may ask of the engine: start an invocation, record a
 * latency and schedule their own kinds of event by name. They depend on this, not on the engine, so the
 * engine imports them without a cycle.
 */
import type { EventSchedule } from "./event-schedule";
import type { FnState } from "./function-state";

export interface SimContext {
  /** Scheduling of retries and SQS events (completions are the engine's own). */
  readonly schedule: Pick<EventSchedule, "retry" | "sqsVisible" | "sqsRetry" | "sqsTick" | "sqsCheck">;
  /**
   * Invokes `f` at `t` with SQS batch `batch` whose oldest message was sent at `firstSentAt`; false when
   * throttled (the throttle is counted).
   */
  startBatch(f: FnState, t: number, firstSentAt: number, batch: number): boolean;
  /** Adds a latency sample (ms) to the function's histogram and the per-second p95. */
  recordLatency(f: FnState, ms: number): void;
}
