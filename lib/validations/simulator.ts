import { z } from "zod";
import { DRILL_TEMPLATES, type Drill, type DrillTemplateId, type ScenarioInput, scenarioSchema } from "@/lib/simulator";

/** The simulator's own scenario schema (defaults, field-naming messages): one definition for page, CLI and drills. */
export { scenarioSchema };

/** Most drill cards one click may create (each runs the engine once on the server). */
export const MAX_DRILLS_PER_REQUEST = 20;

/** "Create drill cards" form on the simulator page. */
export const generateDrillsSchema = z.object({
  count: z.coerce.number().int().min(1).max(MAX_DRILLS_PER_REQUEST),
  seed: z.coerce.number().int().min(0).max(2_000_000_000),
});
export type GenerateDrillsInput = z.infer<typeof generateDrillsSchema>;

/** A numeric answer to one drill card. */
export const gradeDrillSchema = z.object({
  cardId: z.string().min(1).max(64),
  answer: z.number().finite(),
});
export type GradeDrillInput = z.infer<typeof gradeDrillSchema>;

const bilingual = z.object({ en: z.string(), ko: z.string() });

/**
 * What a drill card keeps in `Card.meta`: everything `gradeDrill` needs, so grading never re-runs the
 * engine and never trusts an answer sent by the browser.
 */
export const drillMetaSchema = z.object({
  kind: z.literal("simulator-drill"),
  template: z.enum(DRILL_TEMPLATES as [DrillTemplateId, ...DrillTemplateId[]]),
  seed: z.number().int(),
  question: bilingual,
  unit: bilingual,
  scenario: z.custom<ScenarioInput>((value) => scenarioSchema.safeParse(value).success, "invalid scenario"),
  answer: z.number(),
  tolerance: z.object({ relative: z.number().min(0), absolute: z.number().min(0) }),
  explanation: bilingual,
});
export type DrillMeta = z.infer<typeof drillMetaSchema>;

/** The meta stored for `drill`. */
export function drillMeta(drill: Drill): DrillMeta {
  const { key: _key, ...rest } = drill;
  return { kind: "simulator-drill", ...rest };
}

/** Rebuilds the drill from a card's key and meta; null when the meta is not a drill's. */
export function drillFromMeta(key: string, meta: unknown): Drill | null {
  const parsed = drillMetaSchema.safeParse(meta);
  if (!parsed.success) return null;
  const { kind: _kind, ...rest } = parsed.data;
  return { key, ...rest };
}
