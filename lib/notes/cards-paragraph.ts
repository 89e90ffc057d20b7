/**
 * Rules 2 and 3 inside one paragraph: `front::back`, `front:::back`, multi-line cards around a `?`/`??`
 * line, `==cloze==` / `{{c1::cloze}}` deletions, and highlight spans (cloze over their sentence).
 */
import type { Nodes, Paragraph, RootContent } from "mdast";
import { extractHighlights } from "./cards-highlight";
import { linesMarkdown, type ParseContext, stripTags } from "./context";
import { endLine, offsets, startLine } from "./markdown";

interface Line {
  /** Original text (inline code kept). */
  text: string;
  /** Same length, with inline code and cloze braces blanked out: where separators are looked for. */
  masked: string;
  line: number;
}

/** Replaces inline code (and `{{c1::…}}` contents' separators) with spaces so `::` inside them is ignored. */
function maskParagraph(ctx: ParseContext, paragraph: Paragraph, start: number, end: number): string {
  let masked = ctx.source.slice(start, end);
  const visit = (node: Nodes) => {
    if (node.type === "inlineCode" || node.type === "html") {
      const [s, e] = offsets(node);
      if (e > s && s >= start && e <= end)
        masked = masked.slice(0, s - start) + " ".repeat(e - s) + masked.slice(e - start);
    } else if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(paragraph);
  return masked.replace(/\{\{c\d+::[^}]*\}\}/g, (match) => " ".repeat(match.length));
}

/**
 * Extracts every card of one paragraph. `siblings`/`index` locate it in its parent, so a multi-line card's
 * back can continue into a list that directly follows the `?` line.
 */
export function extractParagraph(
  ctx: ParseContext,
  paragraph: Paragraph,
  siblings: readonly RootContent[],
  index: number,
): void {
  const [start, end] = offsets(paragraph);
  if (end <= start) return;
  const raw = ctx.source.slice(start, end);
  const hasHtml = raw.includes("<");
  if (!raw.includes("::") && !raw.includes("?") && !raw.includes("==") && !raw.includes("{{") && !hasHtml) return;
  const masked = maskParagraph(ctx, paragraph, start, end);
  const first = startLine(paragraph);
  const texts = raw.split("\n");
  const maskedLines = masked.split("\n");
  const lines: Line[] = texts.map((text, i) => ({ text, masked: maskedLines[i] ?? "", line: first + i }));

  if (extractMultiline(ctx, lines, paragraph, siblings, index)) return;
  const remaining = extractInline(ctx, lines);
  extractClozes(ctx, remaining);
  if (hasHtml) extractHighlights(ctx, paragraph, start, raw);
}

function extractMultiline(
  ctx: ParseContext,
  lines: Line[],
  paragraph: Paragraph,
  siblings: readonly RootContent[],
  index: number,
): boolean {
  const at = lines.findIndex((line) => /^\s*\?\??\s*$/.test(line.masked));
  if (at <= 0) return false;
  const both = (lines[at]?.masked.trim() ?? "") === "??";
  const front = stripCarriage(
    lines
      .slice(0, at)
      .map((line) => line.text.trim())
      .join("\n"),
  );
  let back = stripCarriage(
    lines
      .slice(at + 1)
      .map((line) => line.text.trim())
      .join("\n"),
  );
  if (at === lines.length - 1) {
    // The back continues into blocks that follow without a blank line (a list right after `?`).
    let last = endLine(paragraph);
    let next = index + 1;
    while (next < siblings.length && startLine(siblings[next] as RootContent) === last + 1) {
      last = endLine(siblings[next] as RootContent);
      next++;
    }
    if (next > index + 1) back = linesMarkdown(ctx, endLine(paragraph) + 1, last);
  }
  if (front === "" || back === "") return false;
  const line = lines[0]?.line ?? 1;
  ctx.cards.push({ type: "basic", origin: "multiline", front, back, line, suggested: false });
  if (both) {
    ctx.cards.push({
      type: "basic",
      origin: "multiline",
      front: back,
      back: front,
      line,
      suggested: false,
      idBasis: `reverse\u0000${front}`,
    });
  }
  return true;
}

/** Adds `::`/`:::` cards; returns the lines that were not cards. */
function extractInline(ctx: ParseContext, lines: Line[]): Line[] {
  const rest: Line[] = [];
  for (const line of lines) {
    const triple = line.masked.indexOf(":::");
    const double = line.masked.indexOf("::");
    const at = triple !== -1 ? triple : double;
    const size = triple !== -1 ? 3 : 2;
    if (at === -1) {
      rest.push(line);
      continue;
    }
    const front = line.text.slice(0, at).trim();
    const back = stripCarriage(line.text.slice(at + size)).trim();
    if (front === "" || back === "" || back.startsWith(":")) {
      rest.push(line);
      continue;
    }
    ctx.cards.push({ type: "basic", origin: "inline", front, back, line: line.line, suggested: false });
    if (size === 3) {
      const reverse = {
        type: "basic",
        origin: "inline",
        front: back,
        back: front,
        line: line.line,
        suggested: false,
      } as const;
      ctx.cards.push({ ...reverse, idBasis: `reverse\u0000${front}` });
    }
  }
  return rest;
}

const CLOZE = /==(?!=)([^\n=](?:[^\n]*?[^\n=])??)==|\{\{c(\d+)::([^}]*?)(?:::([^}]*))?\}\}/g;

const MAX_CLOZES = 100;

interface Deletion {
  start: number;
  end: number;
  answer: string;
  hint: string | null;
}

/** Adds one cloze card per `==…==` / `{{cN::…}}` deletion; the context is the paragraph (minus card lines). */
function extractClozes(ctx: ParseContext, lines: Line[]): void {
  if (lines.length === 0) return;
  const text = stripCarriage(lines.map((line) => line.text).join("\n"));
  if (!text.includes("==") && !text.includes("{{")) return;
  const masked = lines.map((line) => line.text.replace(/`[^`\n]*`/g, (m) => " ".repeat(m.length))).join("\n");
  const deletions: Deletion[] = [];
  for (const match of masked.matchAll(CLOZE)) {
    const start = match.index ?? 0;
    const original = text.slice(start, start + match[0].length);
    const inner = original.startsWith("==")
      ? original.slice(2, -2)
      : original.replace(/^\{\{c\d+::/, "").replace(/\}\}$/, "");
    const [answer, hint] = original.startsWith("==") ? [inner, null] : splitHint(inner);
    if (answer.trim() === "") continue;
    deletions.push({ start, end: start + match[0].length, answer: answer.trim(), hint });
    if (deletions.length === MAX_CLOZES) {
      ctx.warnings.push({
        line: lines[0]?.line ?? 1,
        message: `more than ${MAX_CLOZES} clozes in one paragraph; the rest were skipped`,
      });
      break;
    }
  }
  for (const target of deletions) {
    let front = "";
    let cursor = 0;
    for (const deletion of deletions) {
      front += text.slice(cursor, deletion.start);
      front += deletion === target ? (deletion.hint ? `[${deletion.hint}]` : "[...]") : deletion.answer;
      cursor = deletion.end;
    }
    front += text.slice(cursor);
    const lineIndex = text.slice(0, target.start).split("\n").length - 1;
    const line = lines[lineIndex]?.line ?? lines[0]?.line ?? 1;
    ctx.cards.push({
      type: "cloze",
      origin: "cloze",
      front: stripTags(front),
      back: target.answer,
      line,
      suggested: false,
    });
  }
}

function splitHint(inner: string): [string, string | null] {
  const at = inner.indexOf("::");
  return at === -1 ? [inner, null] : [inner.slice(0, at), inner.slice(at + 2).trim() || null];
}

function stripCarriage(text: string): string {
  return text.replace(/\r/g, "");
}
