/**
 * Rule 2, definitions: `X란 …`, `X이란 …`, `X은/는 …이다/입니다/임/함/됨`, `X: …`, `X - …`, `X is/are …`,
 * `X (= …)` become "X란?" (Korean) or "X?" with the definition as the answer. The term must be short and
 * the answer small, so sentences that merely start with a long subject are left alone.
 */
import { brevity, type Candidate, MAX_ANSWER } from "./candidate";
import { type InlineText, lineAt, type Sentence } from "./inline";

const MAX_TERM = 40;
const MAX_TERM_WORDS = 4;

/** Words that start a clause, not a term ("It is…", "이때는…"). */
const NOT_TERMS = new Set(
  [
    "it",
    "this",
    "that",
    "there",
    "they",
    "these",
    "those",
    "which",
    "what",
    "who",
    "he",
    "she",
    "we",
    "you",
    "i",
    "here",
    "so",
    "but",
    "and",
    "또한",
    "그리고",
    "하지만",
    "그런데",
    "따라서",
    "즉",
    "이것",
    "이것은",
    "그것",
    "이",
    "그",
    "저",
    "여기",
    "이때",
    "이건",
    "그건",
    "예를",
    "만약",
    "이번",
    "오늘",
    "그러면",
    "그래서",
    "다시",
    "이후",
    "처음",
    "또",
    "해당",
    "모든",
    "각",
    "이런",
    "그런",
    "다른",
    "example",
    "e.g",
    "note",
    "tip",
    "예시",
    "예",
    "참고",
  ].map((word) => word.normalize("NFC")),
);

/** A short noun phrase that can be asked about (not a clause, not a pronoun). */
export function isTerm(term: string): boolean {
  const words = term.split(/\s+/);
  if (term.length === 0 || term.length > MAX_TERM || words.length > MAX_TERM_WORDS) return false;
  if (NOT_TERMS.has((words[0] ?? "").toLowerCase())) return false;
  if (words.some((word) => /(?:을|를|에|에서|으로|하고|하면|해서)$/u.test(word))) return false;
  return !/[,.;!?"“”]|https?:|^\d+$/.test(term);
}

/**
 * `…는` / `…은` after a verb or adjective stem (`만드는`, `작은`) or after another particle (`에서는`) is not
 * a topic: the text before it is a clause, not a term.
 */
export function isTopic(term: string): boolean {
  return !/(?:[하되드오있없작같많적크높낮좋않된한]|에서|에|로|와|과|도|만|까지|부터)$/u.test(term);
}

/** `이란` after a final consonant, `란` after a vowel; the student's 은/는 tells which for Latin terms. */
function korean(term: string, topic: "은" | "는" | null): string {
  const last = term.charCodeAt(term.length - 1);
  const hangul = last >= 0xac00 && last <= 0xd7a3;
  const batchim = hangul ? (last - 0xac00) % 28 !== 0 : topic === "은";
  return `${term}${batchim ? "이란" : "란"}?`;
}

interface Match {
  front: string;
  answerStart: number;
  answerEnd: number;
}

const KO_LAN = /^(.+?)(이란|란)\s+(\S[\s\S]*)$/u;
const KO_TOPIC = /^(.+?)(은|는)\s+(\S[\s\S]*?(?:이다|입니다|임|함|됨))\.?$/u;
const COLON = /^(.+?)\s?[:：]\s+(\S[\s\S]*)$/u;
const DASH = /^(.+?)\s+[-–—]\s+(\S[\s\S]*)$/u;
const EN_IS = /^(.+?)\s+(?:is|are)\s+(\S[\s\S]*)$/u;
/** "X is granted…", "X are not…": a statement about X, not what X is. */
const PASSIVE = /^(?:not\b|\w+ed\b|made\b|built\b|done\b|used\b|also\b)/u;
const EQUALS = /^([^()]+?)\s?\(\s?=\s?([^()]+)\)/u;

/** The definition pattern of one sentence, with the answer's offsets inside the sentence text. */
function match(text: string, heads: boolean): Match | null {
  const answer = (whole: RegExpExecArray, group: number) => {
    const value = whole[group] ?? "";
    const at = whole.index + whole[0].lastIndexOf(value);
    return { answerStart: at, answerEnd: at + value.replace(/[.\s]+$/u, "").length };
  };
  let m = KO_LAN.exec(text);
  if (m && isTerm(m[1] ?? "")) return { front: `${m[1]}${m[2]}?`, ...answer(m, 3) };
  m = EQUALS.exec(text);
  if (m && isTerm((m[1] ?? "").trim())) return { front: `${(m[1] ?? "").trim()}?`, ...answer(m, 2) };
  m = heads ? null : COLON.exec(text);
  if (m && isTerm(m[1] ?? "")) return { front: `${m[1]}?`, ...answer(m, 2) };
  m = heads ? null : DASH.exec(text);
  if (m && isTerm(m[1] ?? "")) return { front: `${m[1]}?`, ...answer(m, 2) };
  m = KO_TOPIC.exec(text);
  if (m && isTerm(m[1] ?? "") && isTopic(m[1] ?? ""))
    return { front: korean(m[1] ?? "", m[2] === "은" ? "은" : "는"), ...answer(m, 3) };
  m = EN_IS.exec(text);
  if (m && isTerm(m[1] ?? "") && /^\p{Lu}|^[\p{N}`]/u.test(m[1] ?? "") && !PASSIVE.test(m[2] ?? ""))
    return { front: `${m[1]}?`, ...answer(m, 2) };
  return null;
}

/**
 * The definition card of one sentence, if it has the shape of one. `heads` is true for the text of a bullet
 * that has nested bullets: there `X: Y` and `X - Y` are titles ("Lambda - Overview"), not definitions.
 */
export function definitionCandidates(
  inline: InlineText,
  sentence: Sentence,
  block: number,
  heads: boolean,
): Candidate[] {
  const text = inline.text.slice(sentence.start, sentence.end);
  const found = match(text, heads);
  if (!found) return [];
  const back = text.slice(found.answerStart, found.answerEnd).replace(/\s+/g, " ").trim();
  if (back.length < 2 || back.length > MAX_ANSWER) return [];
  const start = sentence.start + found.answerStart;
  return [
    {
      type: "basic",
      origin: "definition",
      front: found.front.replace(/\s+/g, " "),
      back,
      line: lineAt(inline, sentence.start),
      score: 4 + brevity(back),
      block,
      answer: [start, sentence.start + found.answerEnd],
    },
  ];
}
