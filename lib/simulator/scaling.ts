/**
 * Scaling-rate limits. Current (since 27 Nov 2023): each function may create up to 1,000 execution
 * environments every 10 seconds, refilled continuously — a token bucket of capacity 1,000 refilled
 * at 100 per second. Legacy: an account-wide burst (500–3,000 by Region) and then +500 per minute.
 * https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
 */
import type { FnState } from "./function-state";
import type { Scenario } from "./scenario";

export class Scaling {
  readonly legacy: boolean;
  private legacyStart = Number.POSITIVE_INFINITY;

  constructor(
    private readonly s: Scenario["account"]["scaling"],
    private readonly limit: number,
  ) {
    this.legacy = s.mode === "legacy";
  }

  /**
   * Legacy ceiling on account concurrency at time t: `legacyBurst` at once, then
   * +`legacyPerMinute` per minute from the moment the burst is first reached (never falls).
   */
  legacyCeiling(accountUsed: number, t: number): number {
    const s = this.s;
    if (this.legacyStart === Number.POSITIVE_INFINITY) {
      if (accountUsed < s.legacyBurst) return s.legacyBurst;
      this.legacyStart = t;
    }
    return Math.min(this.limit, s.legacyBurst + (s.legacyPerMinute * (t - this.legacyStart)) / 60);
  }

  /** Takes one token from the function's bucket for a new environment; false when empty. */
  takeToken(f: FnState, t: number): boolean {
    const s = this.s;
    const tokens = f.tokens + (t - f.tokenT) * s.refillPerSecond;
    f.tokens = Math.min(tokens, s.bucketCapacity);
    f.tokenT = t;
    if (f.tokens < 1) return false;
    f.tokens -= 1;
    return true;
  }
}
