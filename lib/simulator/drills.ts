/**
 * Drills: generated questions whose right answers come from running the simulator, graded with a
 * stated tolerance and explained by the run. Drills become review cards via `drillToCard`.
 */
import { type DrillTemplateId, TEMPLATES, type Tolerance } from "./drill-templates";
import type { Bilingual } from "./presets";
import { Rng, Stream } from "./rng";
import { parseScenario, type ScenarioInput } from "./scenario";
import { simulate } from "./simulate";

export type { DrillTemplateId, Tolerance } from "./drill-templates";

/** Every template id, in a fixed order. */
export const DRILL_TEMPLATES = Object.keys(TEMPLATES) as DrillTemplateId[];

export interface Drill {
  /** Stable identity, e.g. `sim:reserved-throttle:42` (same template and seed = same drill). */
  key: string;
  template: DrillTemplateId;
  seed: number;
  question: Bilingual;
  unit: Bilingual;
  /** The scenario the answer comes from (can be opened in the simulator page). */
  scenario: ScenarioInput;
  /** The engine's answer. */
  answer: number;
  tolerance: Tolerance;
  explanation: Bilingual;
}

export interface DrillGrade {
  correct: boolean;
  expected: number;
  given: number;
  /** Largest accepted |given − expected|. */
  allowedError: number;
  explanation: Bilingual;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Generates the drill for `seed` (template chosen by the seed unless given). Runs the engine
 * once; deterministic.
 *
 * @example generateDrill(42, "reserved-throttle").answer // ≈ requests/s throttled
 */
export function generateDrill(seed: number, template?: DrillTemplateId): Drill {
  const rng = new Rng(seed, Stream.drills);
  const id = template ?? (DRILL_TEMPLATES[rng.int(DRILL_TEMPLATES.length)] as DrillTemplateId);
  const spec = TEMPLATES[id](rng);
  const scenario: ScenarioInput = { ...spec.scenario, seed };
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`drill ${id} built an invalid scenario: ${parsed.errors.join("; ")}`);
  const result = simulate(parsed.scenario, { timeline: true });
  const answer = round(spec.answerOf(result));
  return {
    key: `sim:${id}:${seed}`,
    template: id,
    seed,
    question: spec.question,
    unit: spec.unit,
    scenario,
    answer,
    tolerance: spec.tolerance,
    explanation: spec.explain(result, answer),
  };
}

/** `count` drills from consecutive seeds starting at `seed`, cycling through the templates. */
export function generateDrills(count: number, seed: number): Drill[] {
  return Array.from({ length: count }, (_, i) =>
    generateDrill(seed + i, DRILL_TEMPLATES[(seed + i) % DRILL_TEMPLATES.length]),
  );
}

/**
 * Grades a numeric answer: right when |answer − expected| ≤ max(absolute, relative × |expected|).
 */
export function gradeDrill(drill: Drill, answer: number): DrillGrade {
  const allowedError = drillAllowedError(drill);
  const correct = Number.isFinite(answer) && Math.abs(answer - drill.answer) <= allowedError + 1e-9;
  return {
    correct,
    expected: drill.answer,
    given: answer,
    allowedError: round(allowedError),
    explanation: drill.explanation,
  };
}

/** How far an answer may be from the engine's and still count: the larger of the absolute and relative bounds. */
export function drillAllowedError(drill: Pick<Drill, "answer" | "tolerance">): number {
  return Math.max(drill.tolerance.absolute, drill.tolerance.relative * Math.abs(drill.answer));
}

/** Human wording of the tolerance, e.g. "within ±10% or ±1". */
export function toleranceText(drill: Drill, locale: "en" | "ko" = "en"): string {
  const { relative, absolute } = drill.tolerance;
  const pct = `±${Math.round(relative * 100)}%`;
  return locale === "ko" ? `${pct} 또는 ±${absolute} 이내` : `within ${pct} or ±${absolute}`;
}

/** A review card for the drill: question on the front, answer with its explanation on the back. */
export function drillToCard(drill: Drill, locale: "en" | "ko" = "en"): { front: string; back: string; key: string } {
  const unit = drill.unit[locale];
  const front =
    locale === "ko"
      ? `${drill.question.ko}\n(단위: ${unit}, ${toleranceText(drill, "ko")} 정답)`
      : `${drill.question.en}\n(Answer in ${unit}, ${toleranceText(drill, "en")}.)`;
  const back = `${drill.answer.toLocaleString("en-US")} ${unit}\n\n${drill.explanation[locale]}`;
  return { front, back, key: drill.key };
}
