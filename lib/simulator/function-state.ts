/**
 * Mutable per-function state inside one simulation run (never exposed). Holds the execution
 * environments, the scaling token bucket, samplers and streaming counters.
 */
import { type ArrivalSource, makeArrivalSource } from "./arrivals";
import { makeSampler } from "./distributions";
import { CoarseHistogram, LogHistogram } from "./histogram";
import { Rng, Stream, streamFor } from "./rng";
import type { FunctionConfig, Scenario } from "./scenario";
import type { SqsState } from "./sqs-state";

export const InvocationKind = { sync: 0, async: 1, sqs: 2 } as const;

/**
 * Duration multiplier for memory: CPU share ∝ memory, one full vCPU at `fullVcpuMemoryMb`
 * (1,769 MB, https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html), code using
 * at most `maxVcpusUsed` vCPUs; only `cpuBoundFraction` of the duration speeds up.
 */
export function durationScale(f: FunctionConfig, model: Scenario["model"]): number {
  const ref = f.durationMeasuredAtMemoryMb;
  if (ref === undefined || ref === f.memoryMb) return 1;
  const speed = (mb: number) => Math.min(mb / model.fullVcpuMemoryMb, model.maxVcpusUsed);
  return 1 - f.cpuBoundFraction + (f.cpuBoundFraction * speed(ref)) / speed(f.memoryMb);
}

/** Per-second counters and arrays for the optional timeline. */
export class FnTimeline {
  concurrency: number[] = [];
  coldStarts: number[] = [];
  throttles: number[] = [];
  invocations: number[] = [];
  errors: number[] = [];
  backlog: number[] = [];
  p95LatencyMs: (number | null)[] = [];
  readonly coarse = new CoarseHistogram();
}

export class FnState {
  readonly kind: number;
  readonly memGb: number;
  readonly timeoutMs: number;
  /** Reserved concurrency, or −1 when the function draws on the unreserved pool. */
  readonly reserved: number;
  readonly provisioned: number;
  readonly idleLifetime: number;
  readonly errorRate: number;
  readonly durScale: number;
  /** Ephemeral storage above the free 512 MB, in GB. */
  readonly extraStorageGb: number;
  readonly sampleDuration: () => number;
  readonly sampleInit: () => number;
  readonly nextArrival: ArrivalSource;
  readonly rngErr: Rng;
  readonly rngRetry: Rng;
  readonly latency = new LogHistogram();
  readonly tl: FnTimeline | null;
  sqs: SqsState | null = null;

  pIdle: number;
  busy = 0;
  busyOD = 0;
  /** Idle on-demand environments: ring (power-of-two size) of idle-since times, oldest at head. */
  idle = new Float64Array(64);
  idleHead = 0;
  idleLen = 0;
  tokens: number;
  tokenT = 0;

  requests = 0;
  invocations = 0;
  provisionedInvocations = 0;
  coldStarts = 0;
  throttled = 0;
  throttledAccount = 0;
  throttledReserved = 0;
  throttledScaling = 0;
  retries = 0;
  errors = 0;
  timeouts = 0;
  rejected = 0;
  deadLettered = 0;
  discarded = 0;
  gbsOD = 0;
  gbsPC = 0;
  ephemeralGbs = 0;
  area = 0;
  lastT = 0;
  peak = 0;
  asyncQueued = 0;
  maxAsyncQueued = 0;
  secPeak = 0;
  secCold = 0;
  secThrottle = 0;
  secInv = 0;
  secErr = 0;

  constructor(
    readonly index: number,
    readonly cfg: FunctionConfig,
    s: Scenario,
    timeline: boolean,
  ) {
    const seed = s.seed;
    this.kind = InvocationKind[cfg.invocation];
    this.memGb = cfg.memoryMb / 1024;
    this.timeoutMs = cfg.timeoutSeconds * 1000;
    this.reserved = cfg.reservedConcurrency ?? -1;
    this.provisioned = cfg.provisionedConcurrency;
    this.pIdle = cfg.provisionedConcurrency;
    this.idleLifetime = cfg.idleLifetimeSeconds;
    this.errorRate = cfg.errorRate;
    this.durScale = durationScale(cfg, s.model);
    this.extraStorageGb = (cfg.ephemeralStorageMb - 512) / 1024;
    this.sampleDuration = makeSampler(cfg.durationMs, new Rng(seed, streamFor(index, Stream.duration)));
    this.sampleInit = makeSampler(cfg.coldStartMs, new Rng(seed, streamFor(index, Stream.init)));
    this.nextArrival = makeArrivalSource(
      cfg.arrivals,
      new Rng(seed, streamFor(index, Stream.arrivals)),
      s.durationSeconds,
    );
    this.rngErr = new Rng(seed, streamFor(index, Stream.errors));
    this.rngRetry = new Rng(seed, streamFor(index, Stream.retries));
    this.tokens = s.account.scaling.bucketCapacity;
    this.tl = timeline ? new FnTimeline() : null;
  }

  /** Marks an on-demand environment idle at time t (most recent at the tail). */
  pushIdle(t: number): void {
    if (this.idleLen === this.idle.length) {
      const bigger = new Float64Array(this.idle.length * 2);
      for (let i = 0; i < this.idleLen; i++) bigger[i] = this.idle[(this.idleHead + i) % this.idle.length] as number;
      this.idle = bigger;
      this.idleHead = 0;
    }
    this.idle[(this.idleHead + this.idleLen) & (this.idle.length - 1)] = t;
    this.idleLen += 1;
  }

  /**
   * Takes the most recently used warm environment, after reclaiming those idle longer than the
   * lifetime. Returns false when none is left (a cold start is needed).
   */
  takeWarm(t: number): boolean {
    const mask = this.idle.length - 1;
    const cutoff = t - this.idleLifetime;
    while (this.idleLen > 0 && (this.idle[this.idleHead] as number) <= cutoff) {
      this.idleHead = (this.idleHead + 1) & mask;
      this.idleLen -= 1;
    }
    if (this.idleLen === 0) return false;
    this.idleLen -= 1;
    return true;
  }
}
