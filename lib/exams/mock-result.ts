import type { QuestionResult } from "@/lib/quiz";
import { scaledScore } from "./scaled-score";
import type { ExamProfile } from "./types";

export interface DomainScore {
  id: string;
  total: number;
  correct: number;
  /** 0–100, one decimal. */
  percent: number;
}

export interface MockResult {
  scaledScore: number;
  passingScore: number;
  passed: boolean;
  /** In the profile's domain order; domains without questions are left out. */
  domains: DomainScore[];
  /** Notes with wrong answers, most wrong first (ties: note title), with the cards missed. */
  weakestNotes: { noteId: string; title: string; wrong: number; cardIds: string[] }[];
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 1000) / 10);

/**
 * A finished mock's result: the scaled-score estimate of the fraction right (unanswered = wrong), the score
 * per domain, and the notes behind the wrong answers.
 */
export function mockResult(
  profile: Pick<ExamProfile, "domains" | "passingScore" | "scale">,
  results: readonly Pick<QuestionResult, "questionId" | "correct" | "question">[],
  questionDomains: Readonly<Record<string, string>>,
): MockResult {
  const correct = results.filter((r) => r.correct).length;
  const score = scaledScore(results.length === 0 ? 0 : correct / results.length, profile);
  const domains = profile.domains
    .map((d) => {
      const mine = results.filter((r) => questionDomains[r.questionId] === d.id);
      const right = mine.filter((r) => r.correct).length;
      return { id: d.id, total: mine.length, correct: right, percent: percentOf(right, mine.length) };
    })
    .filter((d) => d.total > 0);
  const notes = new Map<string, { noteId: string; title: string; wrong: number; cardIds: string[] }>();
  for (const r of results) {
    if (r.correct) continue;
    const source = r.question.source;
    const note = notes.get(source.noteId) ?? {
      noteId: source.noteId,
      title: source.noteTitle ?? "",
      wrong: 0,
      cardIds: [],
    };
    note.wrong++;
    if (!note.cardIds.includes(source.cardId)) note.cardIds.push(source.cardId);
    notes.set(source.noteId, note);
  }
  const weakestNotes = [...notes.values()].sort((a, b) => b.wrong - a.wrong || a.title.localeCompare(b.title));
  return {
    scaledScore: score,
    passingScore: profile.passingScore,
    passed: score >= profile.passingScore,
    domains,
    weakestNotes,
  };
}
