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
import { type BusyTotals, changeBusy, closeIntegrals } from "./busy";
import { EventFlag, EventHeap, EventKind } from "./event-queue";
import { EventSchedule } from "./event-schedule";
import { FnState, FnTimeline, InvocationKind } from "./function-state";
import { CoarseHistogram } from "./histogram";
import { asyncFailed, asyncThrottled, syncThrottled } from "./retries";
import { Scaling } from "./scaling";
import type { Scenario } from "./scenario";
import type { SimContext } from "./sim-context";
import { sqsArrival, sqsCheck, sqsComplete, sqsInit, sqsRetry, sqsTick, sqsVisible } from "./sqs";
import { closeSecond, type TimelineSource } from "./timeline";

const MAX_INIT_MS = 10_000;

export class Engine implements SimContext, TimelineSource, BusyTotals {
  /** Future events other than external arrivals. */
  readonly schedule = new EventSchedule();
  /** Next external arrival of each function (slot = function index), merged with `schedule` in `run`. */
  readonly arrivals = new EventHeap(16);
  readonly fns: FnState[];
  readonly T: number;
  readonly end: number;
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
    const limit = scenario.account.concurrencyLimit;
    this.scaling = new Scaling(scenario.account.scaling, limit);
    this.billInit = scenario.pricing.billInit;
    this.fns = scenario.functions.map((cfg, i) => new FnState(i, cfg, scenario, timeline));
    let reserved = 0;
    for (const f of this.fns) {
      if (f.reserved >= 0) reserved += f.reserved;
      else this.poolUsed += f.provisioned;
      this.accountUsed += f.provisioned;
    }
    this.poolCap = limit - reserved;
    this.totalTl = timeline ? new FnTimeline() : null;
    for (const f of this.fns) {
      const first = f.nextArrival();
      if (first < Number.POSITIVE_INFINITY) this.arrivals.push(first, f.index);
      if (f.kind === InvocationKind.sqs) sqsInit(this, f);
    }
  }

  /**
   * Runs until no events remain before the end of the drain period or `maxEvents` is reached
   * (then returns true). At equal times other events go before arrivals, so a finishing
   * execution frees its environment for a request arriving at the same instant.
   */
  run(maxEvents: number): boolean {
    const { arrivals, end, fns, schedule } = this;
    const { heap } = schedule;
    for (;;) {
      const tH = heap.peekTime();
      const tA = arrivals.peekTime();
      const t = Math.min(tH, tA);
      if (t > end || t === Number.POSITIVE_INFINITY) break;
      if (t >= this.nextSecond) this.rollover(t);
      this.now = t;
      this.events += 1;
      if (tA < tH) this.arrive(fns[arrivals.pop()] as FnState, t);
      else this.handle(heap.pop(), t);
      if (this.events >= maxEvents) return true;
    }
    return false;
  }

  /**
   * Ends the run: closes the timeline's seconds up to the simulated end and carries the concurrency
   * integrals to the end of the arrival window, so the result is read from finished figures. Returns
   * the simulated end (seconds).
   */
  finish(truncated: boolean): number {
    const pending = this.schedule.heap.size + this.arrivals.size > 0;
    const simEnd = truncated ? this.now : pending ? this.end : Math.max(this.T, this.now);
    this.rollover(Math.ceil(simEnd));
    closeIntegrals(this);
    return simEnd;
  }

  /** An external arrival for `f`; its next arrival goes back on the arrival heap. */
  private arrive(f: FnState, t: number): void {
    f.requests += 1;
    const next = f.nextArrival();
    if (next < Number.POSITIVE_INFINITY) this.arrivals.push(next, f.index);
    if (f.kind === InvocationKind.sqs) sqsArrival(this, f, t);
    else this.request(f, t, t, 0, 0);
  }

  /** The one dispatch of pooled events: reads the slot's fields, releases it, runs the kind's rule. */
  private handle(slot: number, t: number): void {
    const pool = this.schedule.pool;
    const f = this.fns[pool.fn[slot] as number] as FnState;
    const kind = pool.kind[slot] as EventKind;
    switch (kind) {
      case EventKind.complete:
        this.complete(f, t, slot);
        return;
      case EventKind.retry: {
        const t0 = pool.t0[slot] as number;
        const attempts = pool.attempts[slot] as number;
        const throttles = pool.throttles[slot] as number;
        pool.release(slot);
        if (f.kind === InvocationKind.async) f.asyncQueued -= 1;
        this.request(f, t, t0, attempts, throttles);
        return;
      }
      case EventKind.sqsVisible:
      case EventKind.sqsRetry:
      case EventKind.sqsTick:
      case EventKind.sqsCheck: {
        const batch = pool.batch[slot] as number;
        pool.release(slot);
        if (kind === EventKind.sqsVisible) sqsVisible(this, f, t, batch);
        else if (kind === EventKind.sqsRetry) sqsRetry(this, f, t, batch);
        else if (kind === EventKind.sqsTick) sqsTick(this, f, t);
        else sqsCheck(this, f, t);
      }
    }
  }

  /** A sync or async request (first attempt or retry) at time t; throttles go to the retry rules. */
  private request(f: FnState, t: number, t0: number, attempts: number, throttles: number): void {
    if (this.tryStart(f, t, t0, attempts, throttles, 0)) return;
    if (f.kind === InvocationKind.sync) syncThrottled(this, f, t, t0, attempts, throttles);
    else asyncThrottled(this, f, t, t0, attempts, throttles);
  }

  startBatch(f: FnState, t: number, firstSentAt: number, batch: number): boolean {
    return this.tryStart(f, t, firstSentAt, 0, 0, batch);
  }

  /**
   * Starts an invocation if an environment, concurrency and scaling allowance are available, else counts
   * a throttle and returns false. The request's fields travel with the completion (see `EventPool`).
   */
  private tryStart(f: FnState, t: number, t0: number, attempts: number, throttles: number, batch: number): boolean {
    let flags = 0;
    let cold = false;
    if (f.pIdle > 0) {
      f.pIdle -= 1;
      flags = EventFlag.provisioned;
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
    // Started: sample the run, count it, schedule its completion.
    const initMs = cold ? Math.min(f.sampleInit(), MAX_INIT_MS) : 0;
    let dur = f.sampleDuration() * f.durScale;
    let fl = flags;
    if (dur >= f.timeoutMs) {
      dur = f.timeoutMs;
      f.timeouts += 1;
      fl |= EventFlag.failed;
    } else if (f.errorRate > 0 && f.rngErr.float() < f.errorRate) fl |= EventFlag.failed;
    changeBusy(this, f, t, 1);
    const billedMs = Math.ceil(dur);
    if (flags & EventFlag.provisioned) {
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
    this.schedule.completion(f.index, t + (initMs + dur) / 1000, fl, t0, attempts, throttles, batch);
    return true;
  }

  private throttle(f: FnState): false {
    f.throttled += 1;
    f.secThrottle += 1;
    return false;
  }

  private complete(f: FnState, t: number, slot: number): void {
    const pool = this.schedule.pool;
    const flags = pool.flags[slot] as number;
    const t0 = pool.t0[slot] as number;
    const attempts = pool.attempts[slot] as number;
    const batch = pool.batch[slot] as number;
    pool.release(slot);
    changeBusy(this, f, t, -1);
    if (flags & EventFlag.provisioned) f.pIdle += 1;
    else {
      f.busyOD -= 1;
      this.accountUsed -= 1;
      if (f.reserved < 0) this.poolUsed -= 1;
      f.pushIdle(t);
    }
    const failed = (flags & EventFlag.failed) !== 0;
    if (failed) {
      f.errors += 1;
      f.secErr += 1;
    }
    if (f.kind === InvocationKind.sqs) sqsComplete(this, f, t, batch, failed);
    else if (!failed || f.kind === InvocationKind.sync) this.recordLatency(f, (t - t0) * 1000);
    else asyncFailed(this, f, t, t0, attempts);
  }

  recordLatency(f: FnState, ms: number): void {
    const i = f.latency.add(ms);
    if (f.tl !== null) {
      f.tl.coarse.addFine(i);
      this.coarseAll.addFine(i);
    }
  }

  /** Closes every whole second before t (timeline rows, progress callback). */
  private rollover(t: number): void {
    while (this.nextSecond <= t) {
      if (this.totalTl !== null) closeSecond(this);
      this.onProgress?.(this.nextSecond);
      this.nextSecond += 1;
    }
  }
}
