/**
 * Named scheduling of the engine's pooled events: one method per kind, each filling the fields that
 * kind carries (see `EventPool`), so no caller passes positional numbers whose meaning depends on the kind.
 */
import { EventHeap, EventKind, EventPool } from "./event-queue";

export class EventSchedule {
  /** Future events other than external arrivals. */
  readonly heap = new EventHeap();
  readonly pool = new EventPool();

  /**
   * An invocation of function `fn` finishes at `at`; `flags` are `EventFlag` bits; the request's `t0`,
   * `attempts`, `throttles` and SQS `batch` (0 for sync/async) travel with it.
   */
  completion(
    fn: number,
    at: number,
    flags: number,
    t0: number,
    attempts: number,
    throttles: number,
    batch: number,
  ): void {
    const pool = this.pool;
    const slot = pool.alloc(EventKind.complete, fn);
    pool.flags[slot] = flags;
    pool.t0[slot] = t0;
    pool.attempts[slot] = attempts;
    pool.throttles[slot] = throttles;
    pool.batch[slot] = batch;
    this.heap.push(at, slot);
  }

  /** A request that first arrived at `t0` is tried again at `at` (sync client retry or async queue). */
  retry(fn: number, at: number, t0: number, attempts: number, throttles: number): void {
    const pool = this.pool;
    const slot = pool.alloc(EventKind.retry, fn);
    pool.t0[slot] = t0;
    pool.attempts[slot] = attempts;
    pool.throttles[slot] = throttles;
    this.heap.push(at, slot);
  }

  /** The messages of SQS batch `batch` become visible again at `at`. */
  sqsVisible(fn: number, at: number, batch: number): void {
    this.batchEvent(EventKind.sqsVisible, fn, at, batch);
  }

  /** Throttled SQS batch `batch` is invoked again at `at`. */
  sqsRetry(fn: number, at: number, batch: number): void {
    this.batchEvent(EventKind.sqsRetry, fn, at, batch);
  }

  /** The SQS pollers scale at `at`. */
  sqsTick(fn: number, at: number): void {
    this.heap.push(at, this.pool.alloc(EventKind.sqsTick, fn));
  }

  /** The batching window of the oldest waiting message closes at `at`. */
  sqsCheck(fn: number, at: number): void {
    this.heap.push(at, this.pool.alloc(EventKind.sqsCheck, fn));
  }

  private batchEvent(
    kind: typeof EventKind.sqsVisible | typeof EventKind.sqsRetry,
    fn: number,
    at: number,
    batch: number,
  ): void {
    const slot = this.pool.alloc(kind, fn);
    this.pool.batch[slot] = batch;
    this.heap.push(at, slot);
  }
}
