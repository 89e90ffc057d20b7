/**
 * Retry rules after a throttle or a function error.
 * - Sync: the caller gets HTTP 429; an optional client policy retries with exponential backoff.
 * - Async (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html):
 *   throttled events go back to the internal queue and are retried with backoff (1 s doubling to
 *   5 min; equal jitter is an assumption) up to the maximum event age; failed events are retried
 *   up to maximumRetryAttempts (default 2) after 1 and then 2 minutes; then the event goes to the
 *   dead-letter queue / on-failure destination if configured, otherwise it is dropped.
 */
import type { FnState } from "./function-state";
import type { SimContext } from "./sim-context";

/** Sync 429: retry per the client policy, or count the request as rejected. */
export function syncThrottled(
  e: SimContext,
  f: FnState,
  t: number,
  t0: number,
  attempts: number,
  throttles: number,
): void {
  const r = f.cfg.clientRetry;
  if (throttles >= r.maxRetries) {
    f.rejected += 1;
    return;
  }
  const cap = Math.min(r.maxDelayMs, r.baseDelayMs * 2 ** throttles);
  const delayMs = r.jitter === "full" ? cap * f.rngRetry.float() : cap;
  f.retries += 1;
  e.schedule.retry(f.index, t + delayMs / 1000, t0, attempts, throttles + 1);
}

/** Async throttle: back to the internal queue with backoff, unless the event would be too old. */
export function asyncThrottled(
  e: SimContext,
  f: FnState,
  t: number,
  t0: number,
  attempts: number,
  throttles: number,
): void {
  const delay = Math.min(2 ** throttles, 300) * (0.5 + 0.5 * f.rngRetry.float());
  if (t + delay - t0 > f.cfg.async.maximumEventAgeSeconds) giveUp(f);
  else queueAsync(e, f, t + delay, t0, attempts, throttles + 1);
}

/** Async function error after `attempts` retries so far. */
export function asyncFailed(e: SimContext, f: FnState, t: number, t0: number, attempts: number): void {
  const delay = attempts === 0 ? 60 : 120;
  if (attempts < f.cfg.async.maximumRetryAttempts && t + delay - t0 <= f.cfg.async.maximumEventAgeSeconds) {
    queueAsync(e, f, t + delay, t0, attempts + 1, 0);
  } else giveUp(f);
}

function queueAsync(e: SimContext, f: FnState, at: number, t0: number, attempts: number, throttles: number): void {
  f.retries += 1;
  f.asyncQueued += 1;
  if (f.asyncQueued > f.maxAsyncQueued) f.maxAsyncQueued = f.asyncQueued;
  e.schedule.retry(f.index, at, t0, attempts, throttles);
}

/** Async event that exhausted retries or its maximum age: DLQ/destination if configured, else dropped. */
function giveUp(f: FnState): void {
  if (f.cfg.async.deadLetterQueue) f.deadLettered += 1;
  else f.discarded += 1;
}
