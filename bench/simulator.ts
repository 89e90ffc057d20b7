/**
 * Simulator benchmark: one hour of 1,000 requests/s (≈3.6M invocations) must simulate in under
 * 3 s on one core with bounded memory. Prints engine events/s, wall time and peak heap, next to a
 * baseline measured in the same run: a bare binary-heap push/pop loop over the same event count.
 */
import { pathToFileURL } from "node:url";
import { EventHeap } from "@/lib/simulator/event-queue";
import { parseScenario, type Scenario } from "@/lib/simulator/scenario";
import { simulate } from "@/lib/simulator/simulate";

const TARGET_MS = 3000;

function benchScenario(seconds: number): Scenario {
  const parsed = parseScenario({
    seed: 1,
    durationSeconds: seconds,
    functions: [
      {
        name: "api",
        memoryMb: 1024,
        timeoutSeconds: 30,
        durationMs: { dist: "lognormal", mean: 200, sd: 100 },
        arrivals: { process: "poisson", ratePerSecond: 1000 },
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.scenario;
}

function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

function runOnce(seconds: number, timeline: boolean) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = heapUsed();
  let peak = before;
  const t0 = performance.now();
  const result = simulate(benchScenario(seconds), {
    timeline,
    onProgress: (s) => {
      if (s % 10 === 0) peak = Math.max(peak, heapUsed());
    },
  });
  const ms = performance.now() - t0;
  return { result, ms, peakMb: peak / 2 ** 20, growthMb: (peak - before) / 2 ** 20 };
}

/** Bare heap loop: keeps `live` pending events and does `events` pop+push pairs with random times. */
function baseline(events: number, live: number): number {
  const heap = new EventHeap();
  let x = 12345;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  let now = 0;
  for (let i = 0; i < live; i++) heap.push(rnd(), i);
  const t0 = performance.now();
  for (let i = 0; i < events; i++) {
    now = heap.peekTime();
    const slot = heap.pop();
    heap.push(now + rnd() * 0.4, slot);
  }
  return performance.now() - t0;
}

const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

export async function runSimulatorBench(): Promise<void> {
  runOnce(60, true); // warm up the JIT
  const main = runOnce(3600, true);
  const r = main.result;
  const base = baseline(r.events, Math.max(1, Math.round(r.totals.meanConcurrency)));
  const long = runOnce(3 * 3600, false);
  const eps = r.events / (main.ms / 1000);
  const lines = [
    "simulator: 1 h of 1,000 requests/s (Poisson, lognormal 200 ms, 1,024 MB), timeline on",
    `  invocations ${fmt(r.totals.invocations)}, events ${fmt(r.events)}`,
    `  wall time ${fmt(main.ms)} ms (target < ${fmt(TARGET_MS)} ms: ${main.ms < TARGET_MS ? "PASS" : "FAIL"})`,
    `  engine ${fmt(eps / 1e6, 2)} M events/s`,
    `  peak heap ${fmt(main.peakMb, 1)} MB (growth during run ${fmt(main.growthMb, 1)} MB)`,
    `  baseline: bare heap pop+push x ${fmt(r.events)} (heap of ${fmt(r.totals.meanConcurrency)}) ${fmt(base)} ms = ${fmt(r.events / (base / 1000) / 1e6, 2)} M events/s`,
    `  engine / baseline time ratio ${fmt(main.ms / base, 2)}`,
    `  3 h without timeline: ${fmt(long.result.events)} events in ${fmt(long.ms)} ms, heap growth ${fmt(long.growthMb, 1)} MB (sampled heapUsed incl. uncollected garbage; nothing is stored per event)`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSimulatorBench();
}
