/**
 * SQS event source mapping (standard queue). Sources:
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html (starts with 5 concurrent
 * batches, adds up to 300 per minute, at most 1,250; maximum concurrency 2–1,000) and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html (batch size, batching
 * window, visibility timeout, redrive to a dead-letter queue after maxReceiveCount).
 * Assumptions: the queue is served oldest-first; pollers grow by 5 per second while every poller is
 * busy and nothing was throttled in the last second, and shrink at the same rate when the queue is
 * empty; a throttled batch is re-invoked with backoff (1 s, 2 s, 4 s… up to 60 s) while its
 * visibility timeout lasts, then its messages reappear.
 */
import type { FnState } from "./function-state";
import type { SimContext } from "./sim-context";
import { type Batch, SqsState } from "./sqs-state";

const POLLERS_PER_SECOND = 300 / 60;

/** Creates the queue state and the initial backlog (messages already waiting at time 0). */
export function sqsInit(e: SimContext, f: FnState): void {
  const s = new SqsState(f.cfg.sqs);
  f.sqs = s;
  const n = f.cfg.sqs.initialBacklog;
  for (let i = 0; i < n; i++) s.push(0, 0, 0);
  s.outstanding = n;
  s.maxOutstanding = n;
  f.requests += n;
  e.schedule.sqsCheck(f.index, 0);
}

/** A message arrives. */
export function sqsArrival(e: SimContext, f: FnState, t: number): void {
  const s = f.sqs as SqsState;
  s.push(t, t, 0);
  s.outstanding += 1;
  if (s.outstanding > s.maxOutstanding) {
    s.maxOutstanding = s.outstanding;
    s.drainedAt = null;
  }
  startBatches(e, f, s, t);
}

/** The messages of batch `id` become visible again (or go to the dead-letter queue, or expire). */
export function sqsVisible(e: SimContext, f: FnState, t: number, id: number): void {
  const s = f.sqs as SqsState;
  reappear(f, s, t, id);
  startBatches(e, f, s, t);
}

/** Once a second: add pollers while all are busy and none were throttled, remove them while the queue is empty. */
export function sqsTick(e: SimContext, f: FnState, t: number): void {
  const s = f.sqs as SqsState;
  s.tickPending = false;
  if (s.len > 0 && s.inFlight >= s.allowed && !s.throttledRecently) {
    s.allowed = Math.min(s.ceiling, s.allowed + POLLERS_PER_SECOND);
    if (s.allowed > s.peakAllowed) s.peakAllowed = s.allowed;
  } else if (s.len === 0 && s.inFlight < s.allowed) {
    s.allowed = Math.max(s.minPollers, s.allowed - POLLERS_PER_SECOND);
  }
  s.throttledRecently = false;
  startBatches(e, f, s, t);
}

/** Throttled batch `id` is invoked again (unless its messages already reappeared). */
export function sqsRetry(e: SimContext, f: FnState, t: number, id: number): void {
  const s = f.sqs as SqsState;
  const b = s.batches.get(id);
  if (b !== undefined && !invoke(e, f, s, t, id, b)) return;
  startBatches(e, f, s, t);
}

/** A batching window closed: start the batches that were waiting for it. */
export function sqsCheck(e: SimContext, f: FnState, t: number): void {
  const s = f.sqs as SqsState;
  if (t >= s.checkAt) s.checkAt = Number.POSITIVE_INFINITY;
  startBatches(e, f, s, t);
}

/** A batch invocation finished: delete its messages, or let them reappear after the visibility timeout. */
export function sqsComplete(e: SimContext, f: FnState, t: number, id: number, failed: boolean): void {
  const s = f.sqs as SqsState;
  const b = s.batches.get(id) as Batch;
  s.inFlight -= 1;
  if (!failed) {
    s.batches.delete(id);
    for (let i = 0; i < b.sent.length; i++) e.recordLatency(f, (t - (b.sent[i] as number)) * 1000);
    s.deleted += b.sent.length;
    s.outstanding -= b.sent.length;
  } else {
    e.schedule.sqsVisible(f.index, Math.max(t, b.receivedAt + s.cfg.visibilityTimeoutSeconds), id);
  }
  startBatches(e, f, s, t);
}

function reappear(f: FnState, s: SqsState, t: number, id: number): void {
  const b = s.batches.get(id) as Batch;
  s.batches.delete(id);
  const max = s.cfg.maxReceiveCount ?? 0;
  for (let i = 0; i < b.sent.length; i++) {
    const sent = b.sent[i] as number;
    const recv = b.recv[i] as number;
    if (max > 0 && recv >= max) {
      f.deadLettered += 1;
      s.outstanding -= 1;
    } else if (t - sent >= s.cfg.messageRetentionSeconds) {
      f.discarded += 1;
      s.expired += 1;
      s.outstanding -= 1;
    } else {
      f.retries += 1;
      s.push(sent, t, recv);
    }
  }
}

/** Takes batches off the queue while pollers are free and the batching window allows. */
function startBatches(e: SimContext, f: FnState, s: SqsState, t: number): void {
  const cfg = s.cfg;
  while (s.len > 0 && s.inFlight < s.allowed) {
    const mask = s.sent.length - 1;
    if (cfg.maximumBatchingWindowSeconds > 0 && s.len < cfg.batchSize) {
      const due = (s.visAt[s.head] as number) + cfg.maximumBatchingWindowSeconds;
      if (t < due) {
        if (due < s.checkAt) {
          s.checkAt = due;
          e.schedule.sqsCheck(f.index, due);
        }
        break;
      }
    }
    const n = Math.min(cfg.batchSize, s.len);
    const b: Batch = { sent: new Float64Array(n), recv: new Int32Array(n), receivedAt: t, throttles: 0 };
    for (let i = 0; i < n; i++) {
      const j = (s.head + i) & mask;
      b.sent[i] = s.sent[j] as number;
      b.recv[i] = (s.recv[j] as number) + 1;
    }
    s.head = (s.head + n) & mask;
    s.len -= n;
    const id = s.nextBatch;
    s.nextBatch += 1;
    s.batches.set(id, b);
    s.inFlight += 1;
    if (!invoke(e, f, s, t, id, b)) break;
  }
  if (s.len === 0 && s.drainedAt === null) s.drainedAt = t;
  if (!s.tickPending && (s.len > 0 || s.inFlight > 0 || s.allowed > s.minPollers)) {
    s.tickPending = true;
    e.schedule.sqsTick(f.index, t + 1);
  }
}

/** Invokes the function with batch `id`; on a throttle schedules a retry or releases the messages. */
function invoke(e: SimContext, f: FnState, s: SqsState, t: number, id: number, b: Batch): boolean {
  if (e.startBatch(f, t, b.sent[0] as number, id)) return true;
  s.throttledRecently = true;
  b.throttles += 1;
  const delay = Math.min(2 ** (b.throttles - 1), 60);
  const expires = b.receivedAt + s.cfg.visibilityTimeoutSeconds;
  if (t + delay < expires) e.schedule.sqsRetry(f.index, t + delay, id);
  else {
    s.inFlight -= 1;
    e.schedule.sqsVisible(f.index, Math.max(t, expires), id);
  }
  return false;
}
