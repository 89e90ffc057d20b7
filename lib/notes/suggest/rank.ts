/** Ranking: one fact, one card; at most a few suggestions per source line; best score first. */
import type { Candidate } from "./candidate";

/** At most this many suggestions per source line. */
export const MAX_PER_LINE = 2;

/**
 * Two answers in one block are the same fact when they intersect by half the longer one or more (a bold
 * `15분` and the number `15분`), not when a number merely sits inside a definition.
 */
function sameFact(a: Candidate, b: Candidate): boolean {
  if (a.block !== b.block) return false;
  const overlap = Math.min(a.answer[1], b.answer[1]) - Math.max(a.answer[0], b.answer[0]);
  if (overlap <= 0) return false;
  const longer = Math.max(a.answer[1] - a.answer[0], b.answer[1] - b.answer[0]);
  return overlap * 2 >= longer;
}

const key = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Keeps the best candidates: sorted by score (ties: earlier rule first), a candidate is dropped when a kept
 * one asks about the same fact, has the same front and back (or the same answer on the same line), or its line already has MAX_PER_LINE cards.
 * Returns the kept ones in note order (by line, then by the order they were found).
 */
export function rank(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((candidate, index) => ({ candidate, index }));
  order.sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index);
  const kept: { candidate: Candidate; index: number }[] = [];
  const perLine = new Map<number, number>();
  const texts = new Set<string>();
  const byBlock = new Map<number, Candidate[]>();
  for (const entry of order) {
    const { candidate } = entry;
    const count = perLine.get(candidate.line) ?? 0;
    if (count >= MAX_PER_LINE) continue;
    const text = `${key(candidate.front)}\u0000${key(candidate.back)}`;
    const answer = `${candidate.line}\u0000${key(candidate.back)}`;
    if (texts.has(text) || texts.has(answer)) continue;
    const sameBlock = byBlock.get(candidate.block) ?? [];
    if (sameBlock.some((other) => sameFact(other, candidate))) continue;
    sameBlock.push(candidate);
    byBlock.set(candidate.block, sameBlock);
    kept.push(entry);
    texts.add(text);
    texts.add(answer);
    perLine.set(candidate.line, count + 1);
  }
  kept.sort((a, b) => a.candidate.line - b.candidate.line || a.index - b.index);
  return kept.map((entry) => entry.candidate);
}
