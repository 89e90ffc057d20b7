/** Runs simulations off the main thread, so dragging a slider never blocks the page. */
import { findPreset, parseScenario, simulate } from "@/lib/simulator";
import { buildChartData, withoutTimelines } from "./chart-data";
import { BROWSER_MAX_EVENTS, type RunRequest, type WorkerReply } from "./worker-protocol";

// The project compiles with the DOM library; a worker's global needs only these two members.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
};
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, scenario, presetId } = event.data;
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    reply({ id, type: "invalid", errors: parsed.errors });
    return;
  }
  const started = performance.now();
  const total = parsed.scenario.durationSeconds;
  let lastReport = started;
  try {
    const result = simulate(parsed.scenario, {
      timeline: true,
      maxEvents: BROWSER_MAX_EVENTS,
      // Progress at most every 50 ms: a message per simulated second would flood the page on long runs.
      onProgress: (second) => {
        const now = performance.now();
        if (now - lastReport < 50) return;
        lastReport = now;
        reply({ id, type: "progress", fraction: Math.min(1, second / total) });
      },
    });
    const preset = presetId ? findPreset(presetId) : undefined;
    let explanation = null;
    try {
      explanation = preset ? preset.explain(result) : null;
    } catch {
      // A preset's explanation reads its own function names; without them there is nothing to explain.
    }
    reply({
      id,
      type: "done",
      run: {
        scenario: parsed.scenario,
        result: withoutTimelines(result),
        chart: buildChartData(result),
        explanation,
        elapsedMs: performance.now() - started,
      },
    });
  } catch (error) {
    reply({ id, type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
