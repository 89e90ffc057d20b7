import { canonicalAnswer, cleanText, detectLanguage, parseBoolean } from "./normalize";
import type { AnswerKind, QuizLanguage } from "./types";
import type { UnitDimension } from "./units";

/** Filler words allowed around a number without making it a phrase: "약 15분", "up to 15 minutes". */
const NUMBER_FILLERS = new Set([
  "약",
  "최대",
  "최소",
  "about",
  "around",
  "approx",
  "approximately",
  "up",
  "to",
  "max",
  "min",
  "maximum",
  "minimum",
  "이내",
  "이상",
  "이하",
  "per",
  "당",
]);
const CONNECTORS = new Set(["for", "of", "and", "on", "the", "to", "&", "with"]);
/** A capitalised or acronym word: Lambda, DynamoDB, SQS, EC2, S3, API, Kinesis, PostgreSQL, X-Ray. */
const CAPITALISED_RE = /^[A-Z][A-Za-z0-9.-]*$/;
const SHORT_PHRASE_MAX_WORDS = 6;
const SHORT_PHRASE_MAX_CHARS = 40;

function isServiceName(text: string): boolean {
  if (detectLanguage(text) === "ko") return false;
  const words = text
    .replace(/\([^)]*\)/g, " ")
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 5 || words[0] === "") return false;
  if (!CAPITALISED_RE.test(words[0]!)) return false;
  return words.every((w) => CAPITALISED_RE.test(w) || CONNECTORS.has(w));
}

/**
 * What kind of answer `text` is, so distractors can be drawn from answers of the same kind.
 *
 * - "boolean": yes/no, true/false, O/X, 예/아니오
 * - "number-with-unit": `15분`, `128 MB`, `약 900 seconds`, `$0.20`
 * - "number": `1000`, `1,000개`, `3.5`
 * - "service-name": up to five capitalised words without Hangul: `Amazon SQS`, `API Gateway`, `DynamoDB`
 * - "short-phrase": up to 6 words and 40 characters
 * - "long-text": anything longer
 */
export function classifyAnswer(text: string): AnswerKind {
  const clean = cleanText(text);
  if (parseBoolean(clean) !== null) return "boolean";
  const canonical = canonicalAnswer(clean);
  const fillerOnly = canonical.words.split(" ").every((w) => w === "" || NUMBER_FILLERS.has(w));
  if (canonical.quantities.length > 0 && fillerOnly) {
    return canonical.quantities.some((q) => q.dimension !== null) ? "number-with-unit" : "number";
  }
  if (isServiceName(clean)) return "service-name";
  const wordCount = clean.split(" ").length;
  if (wordCount <= SHORT_PHRASE_MAX_WORDS && clean.length <= SHORT_PHRASE_MAX_CHARS) return "short-phrase";
  return "long-text";
}

/** Kind and language of an answer, plus the unit dimension for numbers with units. */
export interface AnswerProfile {
  kind: AnswerKind;
  language: QuizLanguage;
  /** Dimension of the first unit (time, data, …) for "number-with-unit", otherwise `null`. */
  dimension: UnitDimension | null;
}

/** `classifyAnswer` plus language and unit dimension, used to rank distractors. */
export function profileAnswer(text: string): AnswerProfile {
  const kind = classifyAnswer(text);
  const dimension =
    kind === "number-with-unit"
      ? (canonicalAnswer(text).quantities.find((q) => q.dimension !== null)?.dimension ?? null)
      : null;
  return { kind, language: detectLanguage(text), dimension };
}
