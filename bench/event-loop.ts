/**
 * Runs `work` while a timer firing every `everyMs` watches the event loop: how often it turned and the
 * longest gap between turns (a gap is how long the loop was blocked). Shared by the notes benchmark and
 * the worker-pool tests.
 */
export async function watchEventLoop<T>(
  work: () => Promise<T>,
  everyMs = 5,
): Promise<{ result: T; ticks: number; longest: number; elapsed: number }> {
  let ticks = 0;
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    ticks++;
  }, everyMs);
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  // Let the timer turn once more: work that blocked synchronously shows up as the gap before that turn.
  await new Promise((resolve) => setTimeout(resolve, everyMs * 2));
  clearInterval(timer);
  return { result, ticks, longest, elapsed };
}
