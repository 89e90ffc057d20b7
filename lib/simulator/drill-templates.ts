/**
 * Parameterised drill templates. Each picks parameters with a seeded generator, builds a scenario,
 * and reads the answer from the simulation result, so the right answer is what the engine computes.
 */
import type { DrillSpec, DrillTemplateId } from "./drill-kit";
import { concurrencyTemplates } from "./drill-templates-concurrency";
import { queueAndCostTemplates } from "./drill-templates-queues";
import type { Rng } from "./rng";

export type { DrillSpec, DrillTemplateId, Tolerance } from "./drill-kit";

/** Every template by id, in a fixed order. */
export const TEMPLATES: Record<DrillTemplateId, (rng: Rng) => DrillSpec> = {
  "reserved-throttle": concurrencyTemplates["reserved-throttle"],
  "spike-cold-starts": concurrencyTemplates["spike-cold-starts"],
  "little-concurrency": concurrencyTemplates["little-concurrency"],
  "async-dlq": queueAndCostTemplates["async-dlq"],
  "sqs-drain": queueAndCostTemplates["sqs-drain"],
  "memory-cost": queueAndCostTemplates["memory-cost"],
  "scaling-time": concurrencyTemplates["scaling-time"],
};
