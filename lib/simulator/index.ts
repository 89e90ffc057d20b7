/**
 * Lambda concurrency and cold-start simulator: pure TypeScript, no I/O, seeded, usable in the
 * browser (web worker) and on the server. See docs/simulator.md.
 */

export { expectedArrivals, makeArrivalSource } from "./arrivals";
export { type Dist, distMean } from "./distributions";
export {
  type Drill,
  type DrillGrade,
  type DrillTemplateId,
  DRILL_TEMPLATES,
  drillAllowedError,
  drillToCard,
  generateDrill,
  generateDrills,
  gradeDrill,
  type Tolerance,
  toleranceText,
} from "./drills";
export { type Bilingual, findPreset, PRESETS, type Preset } from "./presets";
export { type Cost, type CostLine, computeCost, PRICES, type PriceTable, priceTable, type Usage } from "./pricing";
export { Rng } from "./rng";
export {
  type Arrivals,
  type FunctionConfig,
  formatPath,
  parseScenario,
  type Scenario,
  type ScenarioInput,
  scenarioSchema,
} from "./scenario";
export { assumptionsFor, simulate } from "./simulate";
export { erlangB, littleConcurrency } from "./theory";
export { parseTraceCsv, type TraceCsvOptions } from "./trace-csv";
export type { FunctionStats, LatencySummary, SimulateOptions, SimulationResult, SqsStats, Timeline } from "./types";
export {
  PAGE_LIMITS,
  pageScenarioIssues,
  requestBound,
  type ScenarioIssue,
  type ScenarioIssueKey,
} from "./scenario-issues";
