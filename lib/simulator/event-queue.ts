/**
 * The simulator's future-event list: a binary min-heap keyed by event time, holding indexes into a
 * struct-of-arrays event pool. Typed arrays and a free list keep the hot loop allocation-free.
 */

/**
 * Kinds of pooled event; the engine's one `switch` (`Engine.handle`) runs each. External arrivals are
 * not pooled: they wait in the engine's arrival heap, one per function.
 */
export const EventKind = {
  /** An invocation finishes. */
  complete: 0,
  /** A sync client retry or an async retry from the internal queue. */
  retry: 1,
  /** An SQS batch's messages become visible again. */
  sqsVisible: 2,
  /** The SQS pollers scale once a second. */
  sqsTick: 3,
  /** A throttled SQS batch is invoked again. */
  sqsRetry: 4,
  /** The SQS batching window of the oldest waiting message closes. */
  sqsCheck: 5,
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/** Bits of a completion's `flags`: the only place they are defined. */
export const EventFlag = {
  /** The invocation ran on a provisioned environment (it returns to the provisioned pool). */
  provisioned: 1,
  /** The invocation failed (error or timeout). */
  failed: 2,
} as const;

/**
 * Pool of pending events, one typed array per field. What a field means does not depend on the kind;
 * a kind leaves the fields it does not use at 0:
 * - `complete`: `flags`, `t0`, `attempts`, `throttles`, `batch` (0 for sync/async requests);
 * - `retry`: `t0`, `attempts`, `throttles`;
 * - `sqsVisible`, `sqsRetry`: `batch`; `sqsTick`, `sqsCheck`: nothing.
 */
export class EventPool {
  kind: Uint8Array;
  /** `EventFlag` bits. */
  flags: Uint8Array;
  /** Function index. */
  fn: Int32Array;
  /** Earlier attempts of the request after function errors (async retries). */
  attempts: Int32Array;
  /** Throttles of the request so far (sync and async backoff). */
  throttles: Int32Array;
  /** SQS batch id. */
  batch: Int32Array;
  /** Time the request first arrived (SQS: its oldest message was sent), seconds. */
  t0: Float64Array;
  private free: Int32Array;
  private freeLen = 0;
  private used = 0;

  constructor(capacity = 1024) {
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.fn = new Int32Array(capacity);
    this.attempts = new Int32Array(capacity);
    this.throttles = new Int32Array(capacity);
    this.batch = new Int32Array(capacity);
    this.t0 = new Float64Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** Takes a slot with every field set to 0 but `kind` and `fn`; returns the slot index. */
  alloc(kind: EventKind, fn: number): number {
    let slot: number;
    if (this.freeLen > 0) {
      this.freeLen -= 1;
      slot = this.free[this.freeLen] as number;
    } else {
      if (this.used === this.kind.length) this.grow();
      slot = this.used;
      this.used += 1;
    }
    this.kind[slot] = kind;
    this.fn[slot] = fn;
    this.flags[slot] = 0;
    this.t0[slot] = 0;
    this.attempts[slot] = 0;
    this.throttles[slot] = 0;
    this.batch[slot] = 0;
    return slot;
  }

  /** Returns a slot to the pool. */
  release(slot: number): void {
    this.free[this.freeLen] = slot;
    this.freeLen += 1;
  }

  /** Slots in use right now (pending events). */
  get live(): number {
    return this.used - this.freeLen;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const grow8 = (x: Uint8Array) => {
      const y = new Uint8Array(n);
      y.set(x);
      return y;
    };
    const grow32 = (x: Int32Array) => {
      const y = new Int32Array(n);
      y.set(x);
      return y;
    };
    this.kind = grow8(this.kind);
    this.flags = grow8(this.flags);
    this.fn = grow32(this.fn);
    this.attempts = grow32(this.attempts);
    this.throttles = grow32(this.throttles);
    this.batch = grow32(this.batch);
    this.free = grow32(this.free);
    const t0 = new Float64Array(n);
    t0.set(this.t0);
    this.t0 = t0;
  }
}

/**
 * Binary min-heap of (time, slot) pairs stored in parallel typed arrays. Ties pop in an order fixed
 * by the sequence of operations, so runs are deterministic.
 */
export class EventHeap {
  private times: Float64Array;
  private slots: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.times = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY;
  }

  push(time: number, slot: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const slots = this.slots;
    let i = this.size;
    this.size += 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt <= time) break;
      times[i] = pt;
      slots[i] = slots[p] as number;
      i = p;
    }
    times[i] = time;
    slots[i] = slot;
  }

  /** Removes the earliest event and returns its slot (call only when size > 0). */
  pop(): number {
    const times = this.times;
    const slots = this.slots;
    const top = slots[0] as number;
    const n = this.size - 1;
    this.size = n;
    if (n === 0) return top;
    const t = times[n] as number;
    const s = slots[n] as number;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c] as number;
      const r = c + 1;
      if (r < n) {
        const rt = times[r] as number;
        if (rt < ct) {
          c = r;
          ct = rt;
        }
      }
      if (t <= ct) break;
      times[i] = ct;
      slots[i] = slots[c] as number;
      i = c;
    }
    times[i] = t;
    slots[i] = s;
    return top;
  }

  private grow(): void {
    const t = new Float64Array(this.times.length * 2);
    t.set(this.times);
    this.times = t;
    const s = new Int32Array(this.slots.length * 2);
    s.set(this.slots);
    this.slots = s;
  }
}
