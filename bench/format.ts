/** Small helpers so every benchmark prints figures the same way. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export async function timeRuns(
  runs: number,
  task: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; mean: number }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

export function heading(title: string): void {
  process.stdout.write(`\n=== ${title} ===\n`);
}

export function row(label: string, value: string, target?: string): void {
  process.stdout.write(`  ${label.padEnd(44)} ${value.padStart(16)}${target ? `   (target ${target})` : ""}\n`);
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
