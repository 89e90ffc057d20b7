import type { QuizLanguage } from "./types";
import { extractQuantities, type Quantity, stripThousands } from "./units";

const HANGUL_RE = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** "ko" when the text contains Hangul, otherwise "en". */
export function detectLanguage(text: string): QuizLanguage {
  return HANGUL_RE.test(text) ? "ko" : "en";
}

/** NFC-normalised, trimmed, inner whitespace collapsed: the form answers are stored and shown in. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Answer text split into words (quantities removed) and the quantities found in it. */
export interface CanonicalAnswer {
  /** Lower-case words without punctuation, vendor prefixes or leading articles, single-spaced. */
  words: string;
  quantities: Quantity[];
}

const VENDOR_WORDS = new Set(["aws", "amazon"]);
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * The comparison form of an answer: NFKC (full-width → ASCII), lower case, `1,000` → `1000`,
 * punctuation dropped (except `+` and `#`, as in C++ and C#), numbers and units pulled out as
 * quantities, "AWS"/"Amazon" and leading English articles dropped.
 *
 * @example canonicalAnswer("Amazon S3, 5 TB").words // "s"  (the 3 and 5 TB are quantities)
 */
export function canonicalAnswer(text: string): CanonicalAnswer {
  let t = stripThousands(text.normalize("NFKC").toLowerCase());
  t = t.replace(/(\d)\.(?=\d)/g, "$1\ue000"); // protect decimal points from the punctuation pass
  t = t.replace(/[^\p{L}\p{N}\s+#$%\ue000]/gu, " ").replace(/\ue000/g, ".");
  const { rest, quantities } = extractQuantities(t);
  let words = rest.split(/\s+/).filter((w) => w.length > 0);
  if (words.length > 1) words = words.filter((w) => !VENDOR_WORDS.has(w));
  while (words.length > 1 && ARTICLES.has(words[0]!)) words = words.slice(1);
  return { words: words.join(" "), quantities };
}

/** Korean particles and copulas that may end an answer without changing it ("람다 함수이다" = "람다 함수"). */
const PARTICLES = [
  "입니다",
  "이에요",
  "예요",
  "이다",
  "에서",
  "으로",
  "로",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "와",
  "과",
  "도",
  "요",
];

/**
 * Drops one trailing Korean particle from the last word, if the word keeps at least two syllables.
 * Returns the input unchanged otherwise.
 */
export function stripTrailingParticle(words: string): string {
  const match = /(\S+)$/.exec(words);
  if (!match || !HANGUL_RE.test(match[1]!)) return words;
  const last = match[1]!;
  for (const particle of PARTICLES) {
    if (last.endsWith(particle) && [...last].length - [...particle].length >= 2) {
      return words.slice(0, words.length - particle.length);
    }
  }
  return words;
}

const TRUE_WORDS = new Set([
  "yes",
  "y",
  "true",
  "t",
  "o",
  "correct",
  "예",
  "네",
  "응",
  "참",
  "맞다",
  "맞음",
  "맞아요",
  "그렇다",
]);
const FALSE_WORDS = new Set([
  "no",
  "n",
  "false",
  "f",
  "x",
  "incorrect",
  "아니오",
  "아니요",
  "아니다",
  "거짓",
  "틀리다",
  "틀림",
  "아님",
]);

/** Reads yes/no, true/false, O/X, 예/아니오, 참/거짓 and similar; `null` when the text is not a boolean. */
export function parseBoolean(text: string): boolean | null {
  const t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[.!\s]/g, "");
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}
