/** Output types of `simulate`. All times in the output are milliseconds or seconds as named. */
import type { Cost } from "./pricing";

/** Latency percentiles in ms (null when nothing completed). */
export interface LatencySummary {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  mean: number | null;
  max: number | null;
}

/** Per-second series, index i covering [i, i+1) seconds. */
export interface Timeline {
  /** Peak concurrent executions within the second. */
  concurrency: number[];
  coldStarts: number[];
  throttles: number[];
  /** Invocations started. */
  invocations: number[];
  errors: number[];
  /** Async events waiting for a retry plus SQS messages not yet deleted, at the end of the second. */
  backlog: number[];
  p95LatencyMs: (number | null)[];
}

/** SQS event source mapping figures. */
export interface SqsStats {
  messagesDeleted: number;
  maxBacklog: number;
  backlogAtEnd: number;
  /** First time (s) no message was waiting after the largest backlog; null if messages still wait at the end. */
  drainedAtSecond: number | null;
  peakPollerConcurrency: number;
  expired: number;
}

/** Figures for one function, or for the whole account (`totals`). */
export interface FunctionStats {
  /** Requests that arrived (SQS: messages sent to the queue, including the initial backlog). */
  requests: number;
  /** Invocations that ran (SQS: batches). */
  invocations: number;
  /** Throttled invocation attempts (every 429, including retried ones). */
  throttled: number;
  throttledBy: { accountOrUnreserved: number; reservedConcurrency: number; scalingRate: number };
  coldStarts: number;
  /** coldStarts / invocations (0 when nothing ran). */
  coldStartRate: number;
  provisionedInvocations: number;
  /** Time-average of concurrent executions over [0, durationSeconds]. */
  meanConcurrency: number;
  peakConcurrency: number;
  latencyMs: LatencySummary;
  /** Re-attempts: client retries (sync), retries of throttled or failed events (async), redelivered messages (SQS). */
  retries: number;
  errors: number;
  timeouts: number;
  /** Sync requests still throttled after the client's last retry. */
  rejected: number;
  /** Async events or SQS messages sent to a dead-letter queue / on-failure destination. */
  deadLettered: number;
  /** Async events dropped with no destination configured, or SQS messages past retention. */
  discarded: number;
  /** Work not finished when the simulation stopped (async events waiting, SQS messages, in flight). */
  pendingAtEnd: number;
  gbSeconds: number;
  cost: Cost;
  sqs?: SqsStats;
  timeline?: Timeline;
}

/** Result of `simulate`. */
export interface SimulationResult {
  seed: number;
  durationSeconds: number;
  /** Simulated time including the drain period after the last arrival. */
  simulatedSeconds: number;
  /** Engine events processed. */
  events: number;
  /** True when the run stopped at `maxEvents`. */
  truncated: boolean;
  totals: FunctionStats;
  byFunction: Record<string, FunctionStats>;
  /** Modelling assumptions that affected this run, in words. */
  assumptions: string[];
  warnings: string[];
}

/** Options for `simulate`. */
export interface SimulateOptions {
  /** Build the per-second timeline (default true). */
  timeline?: boolean;
  /** Stop after this many events (default 100,000,000). */
  maxEvents?: number;
  /** Called about once per simulated second with the current time (for progress or heap sampling). */
  onProgress?: (simulatedSecond: number) => void;
}
