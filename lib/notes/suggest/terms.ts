/** Rule 5, key terms: a bold or inline-code term inside a sentence becomes a cloze over the term. */
import { type Candidate, clozeCandidate } from "./candidate";
import type { InlineText, Sentence } from "./inline";

const MAX_TERM = 40;
/** The rest of the sentence must say something about the term. */
const MIN_CONTEXT = 8;

/** One cloze per key term of the sentence. */
export function termCandidates(inline: InlineText, sentence: Sentence, block: number): Candidate[] {
  const out: Candidate[] = [];
  for (const term of inline.terms) {
    if (term.start < sentence.start || term.end > sentence.end) continue;
    const value = inline.text.slice(term.start, term.end).trim();
    if (value.length === 0 || value.length > MAX_TERM) continue;
    // Code with spaces is a command or an example, not a name to remember.
    if (term.code && /\s/u.test(value)) continue;
    if (sentence.end - sentence.start - (term.end - term.start) < MIN_CONTEXT) continue;
    const candidate = clozeCandidate(inline, sentence, term.start, term.end, "term", 3, block);
    if (candidate) out.push(candidate);
  }
  return out;
}
