/** Shared types and helpers for the drill templates. */
import type { Bilingual } from "./presets";
import type { Rng } from "./rng";
import type { ScenarioInput } from "./scenario";
import type { SimulationResult } from "./types";

export type DrillTemplateId =
  | "reserved-throttle"
  | "spike-cold-starts"
  | "little-concurrency"
  | "async-dlq"
  | "sqs-drain"
  | "memory-cost"
  | "scaling-time";

/** Absolute and relative tolerance: an answer is right when |given − expected| ≤ max(absolute, relative·|expected|). */
export interface Tolerance {
  relative: number;
  absolute: number;
}

export interface DrillSpec {
  question: Bilingual;
  unit: Bilingual;
  tolerance: Tolerance;
  scenario: ScenarioInput;
  answerOf: (r: SimulationResult) => number;
  explain: (r: SimulationResult, answer: number) => Bilingual;
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
export const f = (r: SimulationResult) => {
  const x = r.byFunction.f;
  if (x === undefined) throw new Error("drill scenario must have a function named f");
  return x;
};
export const n = (x: number, d = 1) => (Math.round(x * 10 ** d) / 10 ** d).toLocaleString("en-US");
export const noCold = { dist: "fixed" as const, value: 0 };
