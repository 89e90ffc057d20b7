/**
 * Rule 3: `<span style="background-color:…">text</span>` (and `<mark>`) highlights, as Jekyll posts write
 * them, become a cloze card over their sentence. When the highlight is the whole sentence, the previous
 * sentence (or the section heading) is kept as context so the front is never just a blank.
 */
import type { Html, Nodes, Paragraph } from "mdast";
import { type ParseContext, stripTags } from "./context";
import { offsets } from "./markdown";

/** Does this raw HTML open a highlight? */
export function isHighlightOpen(html: string): boolean {
  return /^<span\b[^>]*\bstyle\s*=\s*["'][^"']*background(?:-color)?\s*:/i.test(html) || /^<mark\b[^>]*>$/i.test(html);
}

function isClose(html: string): boolean {
  return /^<\/(span|mark)\s*>$/i.test(html);
}

function htmlNodes(node: Nodes, out: Html[]): Html[] {
  if (node.type === "html") out.push(node);
  else if ("children" in node) for (const child of node.children) htmlNodes(child as Nodes, out);
  return out;
}

/** A sentence end (punctuation before a space or the end) or a line break. New regex per use: no shared lastIndex. */
const end = () => /[.!?。！？](?=\s|$)|\n/g;

/** Start of the sentence containing `at` (after the previous sentence end or line break). */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(end())) start = (match.index ?? 0) + match[0].length;
  return start;
}

/** End of the sentence that continues at `from` (after its closing punctuation). */
function sentenceEnd(text: string, from: number, deletionEndsSentence: boolean): number {
  if (deletionEndsSentence) return from;
  const pattern = end();
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return text.length;
  return match[0] === "\n" ? match.index : match.index + 1;
}

/** Adds a highlight cloze for every highlight span in `paragraph` (`raw` is its source from `base`). */
export function extractHighlights(ctx: ParseContext, paragraph: Paragraph, base: number, raw: string): void {
  const nodes = htmlNodes(paragraph, []);
  for (let i = 0; i < nodes.length; i++) {
    const open = nodes[i] as Html;
    if (!isHighlightOpen(open.value)) continue;
    const closeIndex = nodes.findIndex((node, j) => j > i && isClose(node.value));
    if (closeIndex === -1) {
      ctx.warnings.push({
        line: open.position?.start.line ?? 1,
        message: "highlight <span> is never closed; no card made",
      });
      continue;
    }
    const close = nodes[closeIndex] as Html;
    const [o1, o2] = offsets(open).map((n) => n - base) as [number, number];
    const [c1, c2] = offsets(close).map((n) => n - base) as [number, number];
    i = closeIndex;
    const answer = stripTags(raw.slice(o2, c1));
    if (answer === "") continue;
    let from = sentenceStart(raw, o1);
    const to = sentenceEnd(raw, c2, /[.!?。！？]\s*$/.test(answer) && !/^[^\s\n]/.test(raw.slice(c2, c2 + 1)));
    const bare = (text: string) => text.replace(/<\/?[A-Za-z][^<>]*>/g, "");
    let front = stripTags(`${bare(raw.slice(from, o1))}[...]${bare(raw.slice(c2, to))}`);
    // A highlight that is the whole sentence: keep the sentence before it (or the heading) as context.
    while (!/[\p{L}\p{N}]/u.test(front.replace("[...]", "")) && from > 0) {
      const previous = sentenceStart(raw, Math.max(0, from - 1));
      const context = stripTags(raw.slice(previous, from));
      front = `${context} ${front}`.trim();
      from = previous;
      if (/[\p{L}\p{N}]/u.test(context)) break;
    }
    if (!/[\p{L}\p{N}]/u.test(front.replace("[...]", "")) && ctx.heading) front = `${ctx.heading}: ${front}`;
    const line = open.position?.start.line ?? 1;
    ctx.cards.push({ type: "cloze", origin: "highlight", front, back: answer, line, suggested: false });
  }
}
