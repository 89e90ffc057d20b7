/**
 * The discrete-event core: execution environments, concurrency limits, scaling, retries.
 * Rules and their sources:
 * - Account limit, unreserved pool, reserved and provisioned concurrency:
 *   https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 * - Scaling rate (token bucket of 1,000 environments refilled at 100/s per function; legacy burst):
 *   https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
 * - Retries: see retries.ts.
 * - INIT phase at most 10 s and billed: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
import { EventHeap, EventKind, EventPool } from "./event-queue";
import { FnState, FnTimeline, InvocationKind } from "./function-state";
import { CoarseHistogram } from "./histogram";
import { Scaling } from "./scaling";
import type { Scenario } from "./scenario";
import { sqsComplete, sqsHandle, sqsInit } from "./sqs";
import { asyncFailed, asyncThrottled, syncThrottled } from "./retries";
import { closeSecond } from "./timeline";

const MAX_INIT_MS = 10_000;
const FLAG_PROVISIONED = 1;
const FLAG_FAILED = 2;

export class Engine {
  /** Future events other than external arrivals. */
  readonly heap = new EventHeap();
  /** Next external arrival of each function (slot = function index), merged with `heap` in `run`. */
  readonly arrivals = new EventHeap(16);
  readonly pool = new EventPool();
  readonly fns: FnState[];
  readonly T: number;
  readonly end: number;
  readonly limit: number;
  readonly poolCap: number;
  poolUsed = 0;
  accountUsed = 0;
  busyAll = 0;
  areaAll = 0;
  lastTAll = 0;
  peakAll = 0;
  secPeakAll = 0;
  now = 0;
  events = 0;
  nextSecond = 1;
  readonly totalTl: FnTimeline | null;
  readonly coarseAll = new CoarseHistogram();
  private readonly scaling: Scaling;
  private readonly billInit: boolean;

  constructor(
    readonly scenario: Scenario,
    timeline: boolean,
    private readonly onProgress?: (second: number) => void,
  ) {
    this.T = scenario.durationSeconds;
    this.end = scenario.durationSeconds + scenario.model.drainSeconds;
    this.limit = scenario.account.concurrencyLimit;
    this.scaling = new Scaling(scenario.account.scaling, this.limit);
    this.billInit = scenario.pricing.billInit;
    this.fns = scenario.functions.map((cfg, i) => new FnState(i, cfg, scenario, timeline));
    let reserved = 0;
    for (const f of this.fns) {
      if (f.reserved >= 0) reserved += f.reserved;
      else this.poolUsed += f.provisioned;
      this.accountUsed += f.provisioned;
    }
    this.poolCap = this.limit - reserved;
    this.totalTl = timeline ? new FnTimeline() : null;
    for (const f of this.fns) {
      const first = f.nextArrival();
      if (first < Number.POSITIVE_INFINITY) this.arrivals.push(first, f.index);
      if (f.kind === InvocationKind.sqs) sqsInit(this, f);
    }
  }

  /** Adds an event at `time`. */
  schedule(time: number, kind: number, fn: number, flags: number, t0: number, a: number, b: number): void {
    this.heap.push(time, this.pool.alloc(kind, fn, flags, t0, a, b));
  }

  /** Events still pending (arrivals and others). */
  get pending(): number {
    return this.heap.size + this.arrivals.size;
  }

  /**
   * Runs until no events remain before the end of the drain period or `maxEvents` is reached
   * (then returns true). At equal times other events go before arrivals, so a finishing
   * execution frees its environment for a request arriving at the same instant.
   */
  run(maxEvents: number): boolean {
    const { heap, arrivals, pool, end, fns } = this;
    for (;;) {
      const tH = heap.peekTime();
      const tA = arrivals.peekTime();
      const t = Math.min(tH, tA);
      if (t > end || t === Number.POSITIVE_INFINITY) break;
      if (t >= this.nextSecond) this.rollover(t);
      this.now = t;
      this.events += 1;
      if (tA < tH) {
        const f = fns[arrivals.pop()] as FnState;
        f.requests += 1;
        const next = f.nextArrival();
        if (next < Number.POSITIVE_INFINITY) arrivals.push(next, f.index);
        if (f.kind === InvocationKind.sqs) sqsHandle(this, f, t, EventKind.arrival, 0);
        else this.request(f, t, t, 0, 0);
      } else {
        const slot = heap.pop();
        const f = fns[pool.fn[slot] as number] as FnState;
        const kind = pool.kind[slot] as number;
        if (kind === EventKind.complete) this.complete(f, t, slot);
        else if (kind === EventKind.retry) {
          const t0 = pool.t0[slot] as number;
          const a = pool.a[slot] as number;
          const b = pool.b[slot] as number;
          pool.release(slot);
          if (f.kind === InvocationKind.async) f.asyncQueued -= 1;
          this.request(f, t, t0, a, b);
        } else {
          const a = pool.a[slot] as number;
          pool.release(slot);
          sqsHandle(this, f, t, kind, a);
        }
      }
      if (this.events >= maxEvents) return true;
    }
    return false;
  }

  /** A sync or async request (first attempt or retry) at time t; throttles go to the retry rules. */
  request(f: FnState, t: number, t0: number, attempts: number, throttles: number): void {
    if (this.tryStart(f, t, t0, attempts, throttles)) return;
    if (f.kind === InvocationKind.sync) syncThrottled(this, f, t, t0, attempts, throttles);
    else asyncThrottled(this, f, t, t0, attempts, throttles);
  }

  /**
   * Starts an invocation if a provisioned or warm environment, concurrency and (for a new
   * environment) scaling allowance are available; otherwise counts a throttle and returns false.
   */
  tryStart(f: FnState, t: number, t0: number, a: number, b: number): boolean {
    let flags = 0;
    let cold = false;
    if (f.pIdle > 0) {
      f.pIdle -= 1;
      flags = FLAG_PROVISIONED;
    } else {
      if (f.reserved >= 0 ? f.provisioned + f.busyOD >= f.reserved : this.poolUsed >= this.poolCap) {
        if (f.reserved >= 0) f.throttledReserved += 1;
        else f.throttledAccount += 1;
        return this.throttle(f);
      }
      if (this.scaling.legacy && this.accountUsed >= this.scaling.legacyCeiling(this.accountUsed, t)) {
        f.throttledScaling += 1;
        return this.throttle(f);
      }
      if (!f.takeWarm(t)) {
        if (!this.scaling.legacy && !this.scaling.takeToken(f, t)) {
          f.throttledScaling += 1;
          return this.throttle(f);
        }
        cold = true;
      }
    }
    this.begin(f, t, flags, cold, t0, a, b);
    return true;
  }

  private throttle(f: FnState): false {
    f.throttled += 1;
    f.secThrottle += 1;
    return false;
  }

  private begin(f: FnState, t: number, flags: number, cold: boolean, t0: number, a: number, b: number): void {
    const initMs = cold ? Math.min(f.sampleInit(), MAX_INIT_MS) : 0;
    let dur = f.sampleDuration() * f.durScale;
    let fl = flags;
    if (dur >= f.timeoutMs) {
      dur = f.timeoutMs;
      f.timeouts += 1;
      fl |= FLAG_FAILED;
    } else if (f.errorRate > 0 && f.rngErr.float() < f.errorRate) fl |= FLAG_FAILED;
    this.changeBusy(f, t, 1);
    const billedMs = Math.ceil(dur);
    if (flags & FLAG_PROVISIONED) {
      f.provisionedInvocations += 1;
      f.gbsPC += (billedMs * f.memGb) / 1000;
    } else {
      f.busyOD += 1;
      this.accountUsed += 1;
      if (f.reserved < 0) this.poolUsed += 1;
      f.gbsOD += ((billedMs + (cold && this.billInit ? Math.ceil(initMs) : 0)) * f.memGb) / 1000;
    }
    if (f.extraStorageGb > 0) f.ephemeralGbs += (billedMs * f.extraStorageGb) / 1000;
    f.invocations += 1;
    f.secInv += 1;
    if (cold) {
      f.coldStarts += 1;
      f.secCold += 1;
    }
    this.schedule(t + (initMs + dur) / 1000, EventKind.complete, f.index, fl, t0, a, b);
  }

  private complete(f: FnState, t: number, slot: number): void {
    const pool = this.pool;
    const flags = pool.flags[slot] as number;
    const t0 = pool.t0[slot] as number;
    const a = pool.a[slot] as number;
    pool.release(slot);
    this.changeBusy(f, t, -1);
    if (flags & FLAG_PROVISIONED) f.pIdle += 1;
    else {
      f.busyOD -= 1;
      this.accountUsed -= 1;
      if (f.reserved < 0) this.poolUsed -= 1;
      f.pushIdle(t);
    }
    const failed = (flags & FLAG_FAILED) !== 0;
    if (failed) {
      f.errors += 1;
      f.secErr += 1;
    }
    if (f.kind === InvocationKind.sqs) sqsComplete(this, f, t, a, failed);
    else if (!failed || f.kind === InvocationKind.sync) this.recordLatency(f, (t - t0) * 1000);
    else asyncFailed(this, f, t, t0, a);
  }

  /** Adds a latency sample (ms) to the function's histogram and the per-second p95. */
  recordLatency(f: FnState, ms: number): void {
    const i = f.latency.add(ms);
    if (f.tl !== null) {
      f.tl.coarse.addFine(i);
      this.coarseAll.addFine(i);
    }
  }

  private changeBusy(f: FnState, t: number, delta: number): void {
    const tc = Math.min(t, this.T);
    f.area += f.busy * (tc - f.lastT);
    f.lastT = tc;
    this.areaAll += this.busyAll * (tc - this.lastTAll);
    this.lastTAll = tc;
    f.busy += delta;
    this.busyAll += delta;
    if (delta > 0) {
      if (f.busy > f.peak) f.peak = f.busy;
      if (f.busy > f.secPeak) f.secPeak = f.busy;
      if (this.busyAll > this.peakAll) this.peakAll = this.busyAll;
      if (this.busyAll > this.secPeakAll) this.secPeakAll = this.busyAll;
    }
  }

  /** Closes every whole second before t (timeline rows, progress callback). */
  rollover(t: number): void {
    while (this.nextSecond <= t) {
      if (this.totalTl !== null) closeSecond(this);
      this.onProgress?.(this.nextSecond);
      this.nextSecond += 1;
    }
  }
}
