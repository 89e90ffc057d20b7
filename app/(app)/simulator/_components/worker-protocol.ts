/** Messages between the simulator page and its web worker. */
import type { Bilingual, Scenario, ScenarioInput, SimulationResult } from "@/lib/simulator";
import type { ChartData } from "./chart-data";

export interface RunRequest {
  id: number;
  scenario: ScenarioInput;
  /** Set when the scenario is an unmodified preset: the worker adds the preset's explanation of the run. */
  presetId: string | null;
}

export interface RunView {
  /** The validated scenario this run used (limits on the charts come from it, not from later edits). */
  scenario: Scenario;
  result: SimulationResult;
  chart: ChartData;
  explanation: Bilingual | null;
  elapsedMs: number;
}

export type WorkerReply =
  | { id: number; type: "progress"; fraction: number }
  | { id: number; type: "done"; run: RunView }
  | { id: number; type: "invalid"; errors: string[] }
  | { id: number; type: "failed"; message: string };

/**
 * Events a browser run may process before it stops and says so (about 5 s at ~9M events/s): the worker
 * keeps the page responsive, but an accidental month of 10,000 requests/s should not run for minutes.
 */
export const BROWSER_MAX_EVENTS = 40_000_000;
