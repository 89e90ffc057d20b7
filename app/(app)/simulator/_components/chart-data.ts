/** Turns the engine's per-second timelines into at most ~600 chart points, so long runs stay cheap to draw. */
import type { SimulationResult, Timeline } from "@/lib/simulator";

export const MAX_POINTS = 600;

/** One chart row: `t` (second the bucket starts) and `<series>:<function>` values. */
export type ChartRow = { t: number } & Record<string, number | null>;

export interface ChartData {
  /** Seconds per point (1 unless the run is longer than MAX_POINTS seconds). */
  step: number;
  functions: string[];
  rows: ChartRow[];
  /** Whether any function had a backlog (async retries or SQS messages) worth a chart. */
  hasBacklog: boolean;
}

const max = (xs: readonly (number | null)[]) =>
  xs.reduce<number | null>((m, x) => (x === null ? m : Math.max(m ?? x, x)), null);
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

/**
 * Buckets of `step` seconds: peak concurrency, latency and backlog keep the bucket's maximum (a peak must
 * not vanish when zoomed out); cold starts and throttles become the bucket's average per second.
 */
export function buildChartData(result: SimulationResult): ChartData {
  const functions = Object.keys(result.byFunction);
  const timelines = functions.map((name) => result.byFunction[name]?.timeline);
  const length = Math.max(0, ...timelines.map((tl) => tl?.concurrency.length ?? 0));
  const step = Math.max(1, Math.ceil(length / MAX_POINTS));
  const rows: ChartRow[] = [];
  let hasBacklog = false;
  for (let from = 0; from < length; from += step) {
    const row: ChartRow = { t: from };
    functions.forEach((name, i) => {
      const tl = timelines[i] as Timeline | undefined;
      const slice = <T>(xs: readonly T[] | undefined) => (xs ?? []).slice(from, from + step);
      row[`concurrency:${name}`] = max(slice(tl?.concurrency)) ?? 0;
      row[`coldStarts:${name}`] = mean(slice(tl?.coldStarts));
      row[`throttles:${name}`] = mean(slice(tl?.throttles));
      row[`p95:${name}`] = max(slice(tl?.p95LatencyMs));
      const backlog = max(slice(tl?.backlog)) ?? 0;
      row[`backlog:${name}`] = backlog;
      if (backlog > 0) hasBacklog = true;
    });
    rows.push(row);
  }
  return { step, functions, rows, hasBacklog };
}

/** The result without per-second arrays (they are large; the page only needs the chart rows). */
export function withoutTimelines(result: SimulationResult): SimulationResult {
  const strip = <T extends { timeline?: unknown }>({ timeline: _timeline, ...rest }: T) => rest;
  return {
    ...result,
    totals: strip(result.totals),
    byFunction: Object.fromEntries(Object.entries(result.byFunction).map(([name, stats]) => [name, strip(stats)])),
  };
}
