/**
 * Suggested cards for what a student wrote without card syntax: numbers, definitions, short bullet lists,
 * comparisons and key terms, each a small rule on the remark tree. Candidates are ranked (one fact, one card;
 * a few per line); blocks that hold explicit cards or cue sections are never read.
 */
import type { ListItem, Nodes, Paragraph, Root, RootContent } from "mdast";
import type { DraftCard, ParseContext } from "../context";
import { endLine, plainText, startLine } from "../markdown";
import type { Candidate } from "./candidate";
import { pairCandidates, sideCandidates, versus } from "./comparisons";
import { definitionCandidates } from "./definitions";
import { headingCards } from "./headings";
import { inlineText, sentences } from "./inline";
import { listCandidate } from "./lists";
import { numberCandidates } from "./numbers";
import { rank } from "./rank";
import { termCandidates } from "./terms";

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

/** `heads` is true for the text of a bullet with nested bullets. */
function readParagraph(state: SuggestState, paragraph: Paragraph, heads = false): void {
  if (isCovered(state, paragraph)) return;
  const inline = inlineText(paragraph);
  const block = state.blocks++;
  for (const sentence of sentences(inline)) {
    state.candidates.push(...numberCandidates(inline, sentence, block));
    state.candidates.push(...definitionCandidates(inline, sentence, block, heads));
    state.candidates.push(...pairCandidates(inline, sentence, block));
    state.candidates.push(...termCandidates(inline, sentence, block));
  }
}

function readItem(state: SuggestState, item: ListItem, depth: number): void {
  const [head, ...rest] = item.children;
  if (head?.type === "paragraph" && !isCovered(state, item)) {
    const sides = versus(plainText(head));
    const nested = rest.flatMap((node) => (node.type === "list" ? node.children : []));
    if (sides) state.candidates.push(...sideCandidates(state.ctx, sides, nested, () => state.blocks++));
    const list = listCandidate(state.ctx, item, state.blocks++);
    if (list) state.candidates.push(list);
  }
  if (head?.type === "paragraph") {
    readParagraph(
      state,
      head,
      rest.some((node) => node.type === "list"),
    );
    readBlocks(state, rest, depth + 1);
  } else readBlocks(state, item.children, depth + 1);
}

/** An `A vs B` heading: the bullets of its section that start with A or B. */
function readVersusHeading(state: SuggestState, nodes: readonly RootContent[], index: number): void {
  const heading = nodes[index];
  if (heading?.type !== "heading") return;
  const sides = versus(plainText(heading));
  if (!sides) return;
  const items: ListItem[] = [];
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === "heading" && node.depth <= heading.depth) break;
    if (node.type === "list" && !isCovered(state, node)) items.push(...node.children);
  }
  state.candidates.push(...sideCandidates(state.ctx, sides, items, () => state.blocks++));
}

function readBlocks(state: SuggestState, nodes: readonly RootContent[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    if (node.type === "heading") readVersusHeading(state, nodes, i);
    else if (node.type === "paragraph") readParagraph(state, node);
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
