/** What every suggestion rule returns: a draft card with a score and the span of the note it asks about. */
import type { CardOrigin } from "../types";
import { flat, type InlineText, lineAt, type Sentence } from "./inline";

export interface Candidate {
  type: "basic" | "cloze";
  origin: CardOrigin;
  front: string;
  back: string;
  line: number;
  /** Higher is better; ranking keeps the best candidate of overlapping ones. */
  score: number;
  /** The block (paragraph or list item) and the answer's `[start, end)` in it: two overlapping answers are one fact. */
  block: number;
  answer: [number, number];
}

/** The longest answer a suggestion may have: suggestions are meant to be small. */
export const MAX_ANSWER = 150;

/** Score adjustment that prefers short answers (−1 per 100 characters). */
export function brevity(answer: string): number {
  return -answer.length / 100;
}

/**
 * A cloze over `[start, end)` of a sentence: the front is the sentence with `[...]` in place of the answer,
 * the back the answer itself (whitespace collapsed).
 */
export function clozeCandidate(
  inline: InlineText,
  sentence: Sentence,
  start: number,
  end: number,
  origin: CardOrigin,
  score: number,
  block: number,
): Candidate | null {
  const back = flat(inline.text.slice(start, end));
  const front = flat(`${inline.text.slice(sentence.start, start)}[...]${inline.text.slice(end, sentence.end)}`);
  if (back === "" || front.length - 5 < 4) return null;
  return {
    type: "cloze",
    origin,
    front,
    back,
    line: lineAt(inline, start),
    score: score + brevity(back),
    block,
    answer: [start, end],
  };
}
