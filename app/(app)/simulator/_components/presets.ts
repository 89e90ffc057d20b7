/** Presets as editable scenarios: validated once, so the editor always holds every field with its default. */
import { findPreset, parseScenario, type Scenario } from "@/lib/simulator";

const cache = new Map<string, Scenario>();

/** The preset's scenario with every default filled in, or undefined for an unknown id. */
export function normalizedPreset(id: string): Scenario | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  const preset = findPreset(id);
  if (!preset) return undefined;
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(`preset ${id} is invalid: ${parsed.errors.join("; ")}`);
  cache.set(id, parsed.scenario);
  return parsed.scenario;
}

/** Whether two validated scenarios are the same (validation output has a fixed key order). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The preset a validated scenario is an unmodified copy of, if any (so a shared preset link still explains itself). */
export function presetMatching(scenario: Scenario, ids: readonly string[]): string | null {
  return (
    ids.find((id) => {
      const base = normalizedPreset(id);
      return base !== undefined && sameScenario(base, scenario);
    }) ?? null
  );
}
