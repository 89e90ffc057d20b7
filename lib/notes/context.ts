/** The state one `parseNote` call threads through the card extractors. */
import type { ParsedCard, ParsedCue, ParseWarning } from "./types";
import { dedent, sliceLines } from "./text";

/** A card before its id is assigned. `idBasis` (default: front) is what the id is computed from. */
export interface DraftCard extends Omit<ParsedCard, "id"> {
  idBasis?: string;
}

export interface ParseContext {
  /** The NFC-normalised source; offsets and lines of the mdast refer to it. */
  source: string;
  /** Offset where each line starts (index 0 = line 1). */
  starts: number[];
  cards: DraftCard[];
  cues: ParsedCue[];
  warnings: ParseWarning[];
  /** `covered[line]` is 1 when an explicit card or a cue section uses that line: suggestions stay off it. */
  covered: Uint8Array;
  /** Text of the nearest heading above the block being read (context for highlight clozes). */
  heading: string;
}

/** Source text between two offsets. */
export function sourceSlice(ctx: ParseContext, start: number, end: number): string {
  return ctx.source.slice(start, end);
}

/** Dedented Markdown of lines `from`..`to` (1-based, inclusive). */
export function linesMarkdown(ctx: ParseContext, from: number, to: number): string {
  if (to < from) return "";
  return dedent(sliceLines(ctx.source, ctx.starts, from, to).replace(/\r/g, ""));
}

/** Removes HTML tags and collapses whitespace: for card fronts built from text with highlight spans. */
export function stripTags(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/[ \t]*\r?\n[ \t]*/g, "\n")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** Marks lines `from`..`to` as used by explicit cards. */
export function cover(ctx: ParseContext, from: number, to: number): void {
  for (let line = Math.max(0, from); line <= to && line < ctx.covered.length; line++) ctx.covered[line] = 1;
}
