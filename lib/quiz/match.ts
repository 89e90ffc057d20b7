import { distance } from "fastest-levenshtein";
import { diffAnswer } from "./diff";
import { type CanonicalAnswer, canonicalAnswer, cleanText, parseBoolean, stripTrailingParticle } from "./normalize";
import type { DiffSegment, QuizLanguage } from "./types";

/** Why an answer was accepted or rejected, for feedback and for tests. */
export type MatchReason =
  | "exact" // equal after NFC, trimming and collapsing spaces (case-sensitive)
  | "normalized" // equal after case, punctuation, number-format, unit and vendor-prefix normalisation
  | "spacing" // equal once all spaces are removed (Korean/English spacing)
  | "particle" // equal once a trailing Korean particle is dropped
  | "unit-omitted" // the right number without its unit ("15" for "15분")
  | "typo" // within the typo tolerance
  | "boolean" // the same yes/no value written differently
  | "number-mismatch" // text matches but a number differs
  | "empty"
  | "wrong";

/** Result of grading a typed answer. */
export interface AnswerMatch {
  correct: boolean;
  /** 1 for a match after normalisation, 1 − edits/length for typos, a similarity in [0, 1) when wrong. */
  score: number;
  reason: MatchReason;
  /** Student answer → expected answer, see `diffAnswer`. */
  diff: DiffSegment[];
}

/**
 * How many edits (on Hangul jamo and letters, spaces removed) a typo may take, given the expected
 * answer's length: none up to 3, 1 up to 7, 2 up to 15, then one per 8 characters.
 */
export function typoTolerance(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  if (length < 16) return 2;
  return Math.floor(length / 8);
}

/** NFD splits Hangul syllables into jamo, so one wrong vowel is one edit, not a whole syllable. */
const jamo = (s: string) => s.replace(/\s+/g, "").normalize("NFD");
const sameQuantities = (a: CanonicalAnswer, b: CanonicalAnswer) =>
  a.quantities.length === b.quantities.length && a.quantities.every((q, i) => q.key === b.quantities[i]!.key);

/** "Simple Queue Service (SQS)" may be answered with the whole text, the part before or the part inside. */
function alternatives(expected: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(expected);
  if (!m) return [expected];
  const outside = `${m[1]} ${m[3]}`.trim();
  return [expected, outside, m[2]!.trim()].filter((s) => s.length > 0);
}

function compare(given: string, expected: string): Omit<AnswerMatch, "diff"> {
  if (given === expected) return { correct: true, score: 1, reason: "exact" };
  const expectedBool = parseBoolean(expected);
  if (expectedBool !== null) {
    const givenBool = parseBoolean(given);
    if (givenBool === expectedBool) return { correct: true, score: 1, reason: "boolean" };
    return { correct: false, score: 0, reason: "wrong" };
  }
  const g = canonicalAnswer(given);
  const e = canonicalAnswer(expected);
  const gj = jamo(stripTrailingParticle(g.words));
  const ej = jamo(stripTrailingParticle(e.words));
  const similarity = 1 - distance(gj, ej) / Math.max(gj.length, ej.length, 1);
  if (!sameQuantities(g, e)) {
    const bareValues = g.quantities.map((q) => q.key).join(" ");
    const unitOmitted =
      g.quantities.length > 0 &&
      g.quantities.every((q) => q.dimension === null) &&
      bareValues === e.quantities.map((q) => q.value).join(" ") &&
      gj === ej;
    if (unitOmitted) return { correct: true, score: 0.9, reason: "unit-omitted" };
    const textMatches = gj === ej;
    return {
      correct: false,
      score: textMatches ? 0.5 : similarity * 0.5,
      reason: textMatches ? "number-mismatch" : "wrong",
    };
  }
  if (g.words === e.words) return { correct: true, score: 1, reason: "normalized" };
  if (g.words.replace(/\s+/g, "") === e.words.replace(/\s+/g, ""))
    return { correct: true, score: 1, reason: "spacing" };
  if (gj === ej) return { correct: true, score: 1, reason: "particle" };
  if (gj.length === 0) return { correct: false, score: 0, reason: "wrong" };
  const edits = distance(gj, ej);
  // Same first letter required: "asynchronous"/"synchronous", "decrypt"/"encrypt" are one or two edits apart.
  if (gj[0] === ej[0] && edits <= typoTolerance(ej.length)) {
    return { correct: true, score: 1 - edits / ej.length, reason: "typo" };
  }
  return { correct: false, score: Math.max(0, similarity), reason: "wrong" };
}

/**
 * Grades a typed answer against the expected one, tolerantly: case, spacing (also between Korean and
 * English), punctuation, NFC/NFKC, `1,000` = `1000`, units (`15분` = `15 min` = `15 minutes`,
 * `1초` = `1 s`, `1 GB` = `1000 MB`), a trailing Korean particle, "AWS"/"Amazon" prefixes, a bare
 * number for a number with a unit, and small typos (see `typoTolerance`). Numbers must be exact.
 * `locale` is accepted for future language-specific rules; both languages are handled regardless.
 *
 * @example matchAnswer("15 minutes", "15분").correct // true
 * @example matchAnswer("16분", "15분").correct // false
 */
export function matchAnswer(given: string, expected: string, locale?: QuizLanguage): AnswerMatch {
  void locale;
  const g = cleanText(given);
  const e = cleanText(expected);
  return { ...grade(g, e), diff: diffAnswer(g, e) };
}

/** `matchAnswer(given, expected).correct` without building the diff. */
export function isAccepted(given: string, expected: string): boolean {
  return grade(cleanText(given), cleanText(expected)).correct;
}

function grade(g: string, e: string): Omit<AnswerMatch, "diff"> {
  if (g.length === 0) return { correct: false, score: 0, reason: "empty" };
  let best: Omit<AnswerMatch, "diff"> | null = null;
  for (const alt of alternatives(e)) {
    const result = compare(g, alt);
    if (!best || (result.correct && !best.correct) || (result.correct === best.correct && result.score > best.score)) {
      best = result;
    }
  }
  return best!;
}
