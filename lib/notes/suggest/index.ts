/**
 * Suggested cards for what a student wrote without card syntax: numbers, definitions, short bullet lists,
 * comparisons and key terms, each a small rule on the remark tree. Candidates are ranked (one fact, one card;
 * a few per line); blocks that hold explicit cards or cue sections are never read.
 */
import type { ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import type { DraftCard, ParseContext } from "../context";
import { endLine, startLine } from "../markdown";
import type { Candidate } from "./candidate";
import { headingCards } from "./headings";
import { inlineText, sentences } from "./inline";
import { numberCandidates } from "./numbers";
import { rank } from "./rank";

const MAX_DEPTH = 100;

/** What the rules share while one note is read. */
export interface SuggestState {
  ctx: ParseContext;
  /** `covered[line]` is 1 when that line belongs to an explicit card or a cue section. */
  covered: Uint8Array;
  candidates: Candidate[];
  /** Counter that names blocks (overlap is only looked for inside one block). */
  blocks: number;
}

function isCovered(state: SuggestState, node: Nodes): boolean {
  const to = endLine(node);
  for (let line = startLine(node); line <= to; line++) if (state.covered[line] === 1) return true;
  return false;
}

function readParagraph(state: SuggestState, paragraph: Paragraph): void {
  if (isCovered(state, paragraph)) return;
  const inline = inlineText(paragraph);
  const block = state.blocks++;
  for (const sentence of sentences(inline)) {
    state.candidates.push(...numberCandidates(inline, sentence, block));
  }
}

function readItem(state: SuggestState, item: ListItem, depth: number): void {
  readBlocks(state, item.children, depth + 1);
}

function readBlocks(state: SuggestState, nodes: readonly RootContent[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === "paragraph") readParagraph(state, node);
    else if (node.type === "list") for (const item of node.children) readItem(state, item, depth);
    else if (node.type === "blockquote") readBlocks(state, node.children, depth + 1);
  }
}

/**
 * The suggested cards of a note, in line order. `covered` marks lines of explicit cards and cue sections;
 * `withHeadingCards` (a note without explicit cards) adds a heading card for every section no finer
 * suggestion covers.
 */
export function suggestCards(
  ctx: ParseContext,
  root: Root,
  covered: Uint8Array,
  withHeadingCards: boolean,
): DraftCard[] {
  const state: SuggestState = { ctx, covered, candidates: [], blocks: 0 };
  readBlocks(state, root.children, 0);
  const kept = rank(state.candidates);
  const cards: DraftCard[] = kept.map((candidate) => ({
    type: candidate.type,
    origin: candidate.origin,
    front: candidate.front,
    back: candidate.back,
    line: candidate.line,
    suggested: true,
  }));
  if (!withHeadingCards) return cards;
  const lines = new Uint8Array(ctx.starts.length + 2);
  for (const card of cards) lines[card.line] = 1;
  const hasFinerCard = (from: number, to: number) => {
    for (let line = from; line <= to; line++) if (lines[line] === 1) return true;
    return false;
  };
  const all = [...cards, ...headingCards(ctx, root, hasFinerCard)];
  return all.sort((a, b) => a.line - b.line);
}
