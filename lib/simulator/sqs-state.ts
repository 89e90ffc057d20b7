/**
 * The queue of one SQS event source mapping inside a run: waiting messages (a ring, oldest first),
 * batches in flight and the poller count. The rules that change it are in sqs.ts.
 */
import type { FunctionConfig } from "./scenario";

const MAX_POLLERS = 1250;

export interface Batch {
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

  constructor(readonly cfg: FunctionConfig["sqs"]) {
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
