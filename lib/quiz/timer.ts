/** Exam timing. Times are `Date`s, limits and results are whole seconds; `now` is always a parameter. */

/** Seconds a submission may arrive after the deadline and still count (network and clock slack). */
export const DEFAULT_GRACE_SECONDS = 5;

/** The instant the exam ends, or `null` when untimed. */
export function deadlineOf(startedAt: Date, limitSeconds: number | null): Date | null {
  return limitSeconds === null ? null : new Date(startedAt.getTime() + limitSeconds * 1000);
}

/**
 * Whole seconds left at `now` (rounded up, never below 0), or `null` for an untimed quiz.
 * The client shows it; the server auto-submits when it reaches 0.
 *
 * @example remainingSeconds(start, 7800, new Date(start.getTime() + 60_500)) // 7740
 */
export function remainingSeconds(startedAt: Date, limitSeconds: number | null, now: Date): number | null {
  const deadline = deadlineOf(startedAt, limitSeconds);
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 1000));
}

/**
 * True when `submittedAt` is later than the deadline plus `graceSeconds`; always false when untimed.
 * Late answers are refused (shown as "time was up"), never counted.
 */
export function isLate(
  submittedAt: Date,
  startedAt: Date,
  limitSeconds: number | null,
  graceSeconds: number = DEFAULT_GRACE_SECONDS,
): boolean {
  const deadline = deadlineOf(startedAt, limitSeconds);
  if (deadline === null) return false;
  return submittedAt.getTime() > deadline.getTime() + graceSeconds * 1000;
}

/**
 * The time a quiz actually took, in milliseconds. A timed quiz: wall-clock time from start to finish, never
 * more than the limit (an exam auto-submitted at 0:00 took the whole limit, even if the per-question clocks,
 * which only run while a question is saved or left, add up to a few seconds). An untimed practice quiz: the
 * sum of the per-question times (a tab left open overnight is not study time).
 *
 * @example timeSpentMs({ startedAt, finishedAt: deadline, limitSeconds: 600, questionTimeMs: 4000 }) // 600000
 */
export function timeSpentMs(options: {
  startedAt: Date;
  finishedAt: Date;
  limitSeconds: number | null;
  questionTimeMs: number;
}): number {
  if (options.limitSeconds === null) return Math.max(0, options.questionTimeMs);
  const wall = Math.max(0, options.finishedAt.getTime() - options.startedAt.getTime());
  return Math.min(wall, options.limitSeconds * 1000);
}
