/**
 * The simulator's future-event list: a binary min-heap keyed by event time, holding indexes into a
 * struct-of-arrays event pool. Typed arrays and a free list keep the hot loop allocation-free.
 */

/** Event kinds, in the order the engine's switch handles them. */
export const EventKind = {
  complete: 0,
  arrival: 1,
  retry: 2,
  sqsVisible: 3,
  sqsTick: 4,
  sqsRetry: 5,
  sqsCheck: 6,
} as const;

/**
 * Pool of pending events. Fields: `kind`, `fn` (function index), `flags` (bit 0 provisioned
 * environment, bit 1 failed invocation, bit 2 throttle retry), `t0` (time the request first
 * arrived, seconds), `a` (attempts or batch id), `b` (throttle count).
 */
export class EventPool {
  kind: Uint8Array;
  flags: Uint8Array;
  fn: Int32Array;
  a: Int32Array;
  b: Int32Array;
  t0: Float64Array;
  private free: Int32Array;
  private freeLen = 0;
  private used = 0;

  constructor(capacity = 1024) {
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.fn = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.t0 = new Float64Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** Takes a slot and fills its fields; returns the slot index. */
  alloc(kind: number, fn: number, flags: number, t0: number, a: number, b: number): number {
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
    this.flags[slot] = flags;
    this.t0[slot] = t0;
    this.a[slot] = a;
    this.b[slot] = b;
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
    this.a = grow32(this.a);
    this.b = grow32(this.b);
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
