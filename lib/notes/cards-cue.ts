/** Rule 1: Cornell cue-question sections. Each top-level list item is a question; what it nests is the answer. */
import type { List, ListItem } from "mdast";
import { linesMarkdown, type ParseContext, sourceSlice } from "./context";
import { endLine, offsets, plainText, startLine } from "./markdown";

/** Lowercase letters, digits and single spaces: how headings are compared with the cue-heading list. */
export function normalizeHeading(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Adds one cue (and one `cue` card) per top-level item of `list`. */
export function extractCueList(ctx: ParseContext, list: List): void {
  for (const item of list.children) extractCueItem(ctx, item);
}

function extractCueItem(ctx: ParseContext, item: ListItem): void {
  const first = item.children[0];
  if (!first) return;
  let question: string;
  let answerFrom: number;
  if (first.type === "paragraph") {
    const [start, end] = offsets(first);
    const text = sourceSlice(ctx, start, end);
    const newline = text.indexOf("\n");
    question = (newline === -1 ? text : text.slice(0, newline)).trim();
    answerFrom = newline === -1 ? endLine(first) + 1 : startLine(first) + 1;
  } else {
    question = plainText(first).trim();
    answerFrom = endLine(first) + 1;
  }
  if (question === "") return;
  const line = startLine(item);
  const answer = linesMarkdown(ctx, answerFrom, endLine(item));
  if (answer === "") ctx.warnings.push({ line, message: `cue question "${clip(question)}" has no answer under it` });
  ctx.cues.push({ question, answer, line });
  ctx.cards.push({ type: "basic", origin: "cue", front: question, back: answer, line, suggested: false });
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
