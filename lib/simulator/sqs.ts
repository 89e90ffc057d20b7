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
import type { Engine } from "./engine";
import { EventKind } from "./event-queue";
import type { FnState } from "./function-state";

const MAX_POLLERS = 1250;
const POLLERS_PER_SECOND = 300 / 60;

interface Batch {
  sent: Float64Array;
  recv: Int32Array;
  receivedAt: number;
  throttles: number;
}

export class SqsState {
  sent = new Float64Array(1024);
  visAt = new Float64Array(1024);
  recv = new Int32Array(1024);
  head = 0;
  len = 0;
  inFlight = 0;
  allowed: number;
  peakAllowed: number;
  readonly ceiling: number;
  readonly minPollers: number;
  readonly batches = new Map<number, Batch>();
  nextBatch = 1;
  tickPending = false;
  checkAt = Number.POSITIVE_INFINITY;
  throttledRecently = false;
  outstanding = 0;
  maxOutstanding = 0;
  deleted = 0;
  expired = 0;
  drainedAt: number | null = null;

  constructor(readonly cfg: FnState["cfg"]["sqs"]) {
    this.ceiling = Math.min(MAX_POLLERS, cfg.maximumConcurrency ?? MAX_POLLERS);
    this.minPollers = Math.min(5, this.ceiling);
    this.allowed = this.minPollers;
    this.peakAllowed = this.allowed;
  }

  push(sent: number, visAt: number, recv: number): void {
    if (this.len === this.sent.length) this.grow();
    const i = (this.head + this.len) & (this.sent.length - 1);
    this.sent[i] = sent;
    this.visAt[i] = visAt;
    this.recv[i] = recv;
    this.len += 1;
  }

  private grow(): void {
    const n = this.sent.length * 2;
    const mask = this.sent.length - 1;
    const sent = new Float64Array(n);
    const visAt = new Float64Array(n);
    const recv = new Int32Array(n);
    for (let k = 0; k < this.len; k++) {
      const j = (this.head + k) & mask;
      sent[k] = this.sent[j] as number;
      visAt[k] = this.visAt[j] as number;
      recv[k] = this.recv[j] as number;
    }
    this.sent = sent;
    this.visAt = visAt;
    this.recv = recv;
    this.head = 0;
  }
}

/** Creates the queue state and the initial backlog (messages already waiting at time 0). */
export function sqsInit(e: Engine, f: FnState): void {
  const s = new SqsState(f.cfg.sqs);
  f.sqs = s;
  const n = f.cfg.sqs.initialBacklog;
  for (let i = 0; i < n; i++) s.push(0, 0, 0);
  s.outstanding = n;
  s.maxOutstanding = n;
  f.requests += n;
  e.schedule(0, EventKind.sqsCheck, f.index, 0, 0, 0, 0);
}

/** Handles an SQS event of `kind` (arrival, visible, tick, retry, check) for batch id `id`. */
export function sqsHandle(e: Engine, f: FnState, t: number, kind: number, id: number): void {
  const s = f.sqs as SqsState;
  if (kind === EventKind.arrival) {
    s.push(t, t, 0);
    s.outstanding += 1;
    if (s.outstanding > s.maxOutstanding) {
      s.maxOutstanding = s.outstanding;
      s.drainedAt = null;
    }
  } else if (kind === EventKind.sqsVisible) reappear(f, s, t, id);
  else if (kind === EventKind.sqsTick) {
    s.tickPending = false;
    if (s.len > 0 && s.inFlight >= s.allowed && !s.throttledRecently) {
      s.allowed = Math.min(s.ceiling, s.allowed + POLLERS_PER_SECOND);
      if (s.allowed > s.peakAllowed) s.peakAllowed = s.allowed;
    } else if (s.len === 0 && s.inFlight < s.allowed) {
      s.allowed = Math.max(s.minPollers, s.allowed - POLLERS_PER_SECOND);
    }
    s.throttledRecently = false;
  } else if (kind === EventKind.sqsRetry) {
    const b = s.batches.get(id);
    if (b !== undefined && !invoke(e, f, s, t, id, b)) return;
  } else if (kind === EventKind.sqsCheck && t >= s.checkAt) s.checkAt = Number.POSITIVE_INFINITY;
  dispatch(e, f, s, t);
}

/** A batch invocation finished: delete its messages, or let them reappear after the visibility timeout. */
export function sqsComplete(e: Engine, f: FnState, t: number, id: number, failed: boolean): void {
  const s = f.sqs as SqsState;
  const b = s.batches.get(id) as Batch;
  s.inFlight -= 1;
  if (!failed) {
    s.batches.delete(id);
    for (let i = 0; i < b.sent.length; i++) e.recordLatency(f, (t - (b.sent[i] as number)) * 1000);
    s.deleted += b.sent.length;
    s.outstanding -= b.sent.length;
  } else {
    e.schedule(Math.max(t, b.receivedAt + s.cfg.visibilityTimeoutSeconds), EventKind.sqsVisible, f.index, 0, 0, id, 0);
  }
  dispatch(e, f, s, t);
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

function dispatch(e: Engine, f: FnState, s: SqsState, t: number): void {
  const cfg = s.cfg;
  while (s.len > 0 && s.inFlight < s.allowed) {
    const mask = s.sent.length - 1;
    if (cfg.maximumBatchingWindowSeconds > 0 && s.len < cfg.batchSize) {
      const due = (s.visAt[s.head] as number) + cfg.maximumBatchingWindowSeconds;
      if (t < due) {
        if (due < s.checkAt) {
          s.checkAt = due;
          e.schedule(due, EventKind.sqsCheck, f.index, 0, 0, 0, 0);
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
    e.schedule(t + 1, EventKind.sqsTick, f.index, 0, 0, 0, 0);
  }
}

/** Invokes the function with batch `id`; on a throttle schedules a retry or releases the messages. */
function invoke(e: Engine, f: FnState, s: SqsState, t: number, id: number, b: Batch): boolean {
  if (e.tryStart(f, t, b.sent[0] as number, id, 0)) return true;
  s.throttledRecently = true;
  b.throttles += 1;
  const delay = Math.min(2 ** (b.throttles - 1), 60);
  const expires = b.receivedAt + s.cfg.visibilityTimeoutSeconds;
  if (t + delay < expires) e.schedule(t + delay, EventKind.sqsRetry, f.index, 0, 0, id, 0);
  else {
    s.inFlight -= 1;
    e.schedule(Math.max(t, expires), EventKind.sqsVisible, f.index, 0, 0, id, 0);
  }
  return false;
}
