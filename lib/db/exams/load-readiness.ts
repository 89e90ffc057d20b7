import { type ExamProfile, predictReadiness, type Readiness, retrievabilityOn } from "@/lib/exams";
import type { StudyDay } from "@/lib/schedule";
import { loadMappedCards } from "./mapped-cards";

export interface ExamReadiness extends Readiness {
  exam: string;
  on: StudyDay;
  /** Active cards that belong to no domain of the exam (shown as a hint to map them). */
  unmappedCards: number;
}

/**
 * The readiness forecast for `on`: each mapped card's FSRS recall on that day (no further reviews assumed),
 * aggregated per domain and weighted into a predicted scaled score with a range.
 */
export async function loadReadiness(options: {
  userId: string;
  profile: ExamProfile;
  on: StudyDay;
}): Promise<ExamReadiness> {
  const { mapped, unmappedCount } = await loadMappedCards(options);
  const recalls = new Map<string, number[]>();
  for (const card of mapped) {
    const list = recalls.get(card.domainId) ?? [];
    list.push(retrievabilityOn(card.schedule, options.on));
    recalls.set(card.domainId, list);
  }
  const readiness = predictReadiness(
    options.profile,
    [...recalls.entries()].map(([domainId, list]) => ({ domainId, recalls: list })),
  );
  return { exam: options.profile.code, on: options.on, unmappedCards: unmappedCount, ...readiness };
}
