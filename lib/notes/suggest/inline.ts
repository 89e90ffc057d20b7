/**
 * A paragraph's inline content as plain text with a kind per character (text, code, link, term), so the
 * suggestion rules look for numbers and terms in what the student wrote, never inside code, links or URLs.
 */
import type { Nodes, Paragraph, PhrasingContent } from "mdast";
import { startLine } from "../markdown";

export const TEXT = 0;
/** Inline code: never a number fact; its whole value can be a key term. */
export const CODE = 1;
/** Link text and autolinked URLs: never a fact. */
export const LINK = 2;

/** A bold or inline-code span: a key-term candidate. */
export interface TermSpan {
  start: number;
  end: number;
  code: boolean;
}

export interface InlineText {
  text: string;
  /** One entry per character of `text`: TEXT, CODE or LINK. */
  kinds: Uint8Array;
  terms: TermSpan[];
  /** 1-based line of the paragraph's first character. */
  line: number;
}

/** A sentence (or line) of an InlineText: `[start, end)` with surrounding whitespace trimmed. */
export interface Sentence {
  start: number;
  end: number;
}

/** Plain text of a paragraph (HTML and images dropped, hard breaks as newlines) with character kinds. */
export function inlineText(paragraph: Paragraph): InlineText {
  let text = "";
  const kinds: number[] = [];
  const terms: TermSpan[] = [];
  const push = (value: string, kind: number) => {
    text += value;
    for (let i = 0; i < value.length; i++) kinds.push(kind);
  };
  const visit = (node: PhrasingContent | Nodes, kind: number) => {
    switch (node.type) {
      case "text":
        push(node.value, kind);
        return;
      case "inlineCode": {
        const start = text.length;
        push(node.value, CODE);
        if (kind === TEXT) terms.push({ start, end: text.length, code: true });
        return;
      }
      case "break":
        push("\n", kind);
        return;
      case "link":
      case "linkReference":
        for (const child of node.children) visit(child, LINK);
        return;
      case "strong": {
        const start = text.length;
        for (const child of node.children) visit(child, kind);
        if (kind === TEXT) terms.push({ start, end: text.length, code: false });
        return;
      }
      default:
        if ("children" in node) for (const child of node.children) visit(child as PhrasingContent, kind);
    }
  };
  for (const child of paragraph.children) visit(child, TEXT);
  return { text, kinds: Uint8Array.from(kinds), terms, line: startLine(paragraph) };
}

/** 1-based source line of character `index` (soft line breaks are kept as `\n` in the text). */
export function lineAt(inline: InlineText, index: number): number {
  let line = inline.line;
  for (let i = 0; i < index && i < inline.text.length; i++) if (inline.text.charCodeAt(i) === 10) line++;
  return line;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/**
 * Splits at line breaks and after `.`, `!`, `?`, `。` followed by whitespace (not `3.5`, not inside code).
 * Each sentence is trimmed; empty ones are skipped.
 */
export function sentences(inline: InlineText): Sentence[] {
  const out: Sentence[] = [];
  const { text, kinds } = inline;
  let start = 0;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      close(i);
      start = i + 1;
    } else if (
      (ch === "." || ch === "!" || ch === "?" || ch === "。") &&
      kinds[i] === TEXT &&
      (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))
    ) {
      close(i + 1);
      start = i + 1;
    }
  }
  close(text.length);
  return out;
}

/** Collapses whitespace: card text built from a sentence. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
