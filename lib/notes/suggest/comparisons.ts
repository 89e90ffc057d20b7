/**
 * Rule 4, comparisons: an `A vs B` heading or bullet whose bullets describe each side, and Korean pairs
 * "A는 …, B는 …" in one sentence, give one card per side: "A (vs B)?" → what the note says about A.
 */
import type { ListItem, RootContent } from "mdast";
import { linesMarkdown, type ParseContext } from "../context";
import { endLine, plainText, startLine } from "../markdown";
import { brevity, type Candidate, MAX_ANSWER } from "./candidate";
import { isTerm, isTopic } from "./definitions";
import { flat, type InlineText, lineAt, type Sentence } from "./inline";

const VS = /^(.{1,40}?)\s+(?:vs\.?|VS\.?|versus|대)\s+(.{1,40}?)(?:\s*(?:비교|차이|차이점|comparison))?\s*[?:]?$/u;

/** The two sides of an `A vs B` title, or null. */
export function versus(title: string): [string, string] | null {
  const m = VS.exec(flat(title));
  if (!m) return null;
  const [a0, b] = [(m[1] ?? "").trim(), (m[2] ?? "").trim()];
  // "Gateway vs Interface endpoints": the shared noun is written once, after the second side.
  let a = a0;
  const aWords = a.split(" ");
  const bWords = b.split(" ");
  const shared = bWords[bWords.length - 1] ?? "";
  if (aWords.length === 1 && bWords.length === 2 && !/[\p{Script=Hangul}]/u.test(shared)) a = `${a} ${shared}`;
  return [a, b];
}

const startsWith = (text: string, name: string) => text.toLowerCase().startsWith(name.toLowerCase());

/** What one bullet says about its side: its nested bullets, or its text after the side's name. */
function sideAnswer(ctx: ParseContext, item: ListItem, name: string): string {
  const [head, ...rest] = item.children;
  if (head?.type !== "paragraph") return "";
  const text = flat(plainText(head));
  const after = text
    .slice(name.length)
    .replace(/^\s*(?:[:：\-–—]|은|는|이|가)\s*/u, "")
    .trim();
  const last = rest[rest.length - 1];
  if (rest.length > 0 && last) {
    const nested = linesMarkdown(ctx, startLine(rest[0] as RootContent), endLine(last));
    return after ? `${after}\n${nested}` : nested;
  }
  return after;
}

/** One card per side among `items` (bullets that start with a side's name). */
export function sideCandidates(
  ctx: ParseContext,
  sides: [string, string],
  items: readonly ListItem[],
  nextBlock: () => number,
): Candidate[] {
  const out: Candidate[] = [];
  sides.forEach((name, index) => {
    const other = sides[1 - index] ?? "";
    const item = items.find((candidate) => startsWith(flat(plainText(candidate)), name));
    if (!item) return;
    const back = sideAnswer(ctx, item, name);
    if (back.length === 0 || back.length > MAX_ANSWER) return;
    out.push({
      type: "basic",
      origin: "comparison",
      front: `${name} (vs ${other})?`,
      back,
      line: startLine(item),
      score: 4.5 + brevity(back),
      block: nextBlock(),
      answer: [0, 1],
    });
  });
  return out;
}

const MAX_SIDE = 60;
const KO_PAIR = /^(.{1,30}?)(은|는)\s+(.+?)(?:,\s*|\s+반면\s*,?\s*|이고,?\s+|하고,?\s+)(.{1,30}?)(은|는)\s+(.+?)\.?$/u;

/** "A는 …, B는 …" in one sentence: one card per side. */
export function pairCandidates(inline: InlineText, sentence: Sentence, block: number): Candidate[] {
  const text = inline.text.slice(sentence.start, sentence.end);
  const m = KO_PAIR.exec(text);
  if (!m) return [];
  const [a, b, aText, bText] = [m[1] ?? "", m[4] ?? "", m[3] ?? "", m[6] ?? ""];
  if (![a, b].every((side) => isTerm(side) && isTopic(side) && !/\s.*\s/u.test(side))) return [];
  if (aText.length > MAX_SIDE || bText.length > MAX_SIDE) return [];
  const line = lineAt(inline, sentence.start);
  const aStart = sentence.start + m.index + a.length + 2;
  const bStart = sentence.start + text.lastIndexOf(bText);
  const card = (name: string, other: string, back: string, start: number): Candidate => ({
    type: "basic",
    origin: "comparison",
    front: `${name} (vs ${other})?`,
    back: flat(back),
    line,
    score: 4.5 + brevity(back),
    block,
    answer: [start, start + back.length],
  });
  return [card(a, b, aText, aStart), card(b, a, bText, bStart)];
}
