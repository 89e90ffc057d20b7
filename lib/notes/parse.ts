/** `parseNote`: a Markdown note → title, subject, tags, links, frontmatter, cue questions, cards, review state. */
import type { Root, RootContent } from "mdast";
import { extractCueList, normalizeHeading } from "./cards-cue";
import { extractParagraph } from "./cards-paragraph";
import { extractTable } from "./cards-table";
import type { DraftCard, ParseContext } from "./context";
import { cover } from "./context";
import { parseFrontmatter, subjectFrom, tagsFrom, titleFrom } from "./frontmatter";
import { collectLinksAndTags } from "./links";
import { endLine, parseMarkdown, plainText, startLine } from "./markdown";
import { reviewFromFrontmatter } from "./review";
import { suggestCards } from "./suggest";
import { hashText, lineStarts, normalizeForId, normalizeSource } from "./text";
import { DEFAULT_CUE_HEADINGS, type ParsedCard, type ParsedNote, type ParseOptions } from "./types";

const MAX_DEPTH = 200;

/** Lines of a paragraph that gave cards, with blocks that follow it line by line (a `?` card's list). */
function coverParagraph(ctx: ParseContext, nodes: readonly RootContent[], i: number): void {
  let last = endLine(nodes[i] as RootContent);
  for (let next = i + 1; next < nodes.length && startLine(nodes[next] as RootContent) === last + 1; next++)
    last = endLine(nodes[next] as RootContent);
  cover(ctx, startLine(nodes[i] as RootContent), last);
}

function visit(ctx: ParseContext, nodes: readonly RootContent[], i: number, depth: number): void {
  const node = nodes[i] as RootContent;
  const before = ctx.cards.length;
  if (node.type === "paragraph") {
    extractParagraph(ctx, node, nodes, i);
    if (ctx.cards.length > before) coverParagraph(ctx, nodes, i);
  } else if (node.type === "table") {
    extractTable(ctx, node);
    if (ctx.cards.length > before) cover(ctx, startLine(node), endLine(node));
  } else if (depth >= MAX_DEPTH) return;
  else if (node.type === "list") for (const item of node.children) walk(ctx, item.children, depth + 1);
  else if (node.type === "blockquote" || node.type === "footnoteDefinition") walk(ctx, node.children, depth + 1);
}

function walk(ctx: ParseContext, nodes: readonly RootContent[], depth: number): void {
  for (let i = 0; i < nodes.length; i++) visit(ctx, nodes, i, depth);
}

/** Walks the top level: headings open sections; a cue heading's section yields cues, the rest cards. */
function walkRoot(ctx: ParseContext, root: Root, cueHeadings: ReadonlySet<string>): void {
  let cueDepth = 0;
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type === "heading") {
      ctx.heading = plainText(node).trim();
      if (cueDepth > 0 && node.depth <= cueDepth) cueDepth = 0;
      if (cueDepth === 0 && cueHeadings.has(normalizeHeading(ctx.heading))) cueDepth = node.depth;
      continue;
    }
    if (cueDepth > 0) cover(ctx, startLine(node), endLine(node));
    if (cueDepth > 0 && node.type === "list") extractCueList(ctx, node);
    else visit(ctx, children, i, 0);
  }
}

/** Stable ids: hash of origin + normalised front; the n-th duplicate gets `#n` in its hash input. */
function assignIds(drafts: readonly DraftCard[]): ParsedCard[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const basis = `${draft.origin}\u0000${normalizeForId(draft.idBasis ?? draft.front)}`;
    const count = seen.get(basis) ?? 0;
    seen.set(basis, count + 1);
    const id = hashText(count === 0 ? basis : `${basis}\u0000#${count}`);
    const { idBasis: _ignored, ...card } = draft;
    return { id, ...card };
  });
}

/** An H1 as a title: whitespace collapsed, trailing Obsidian `#tags` dropped. */
function headingTitle(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/(?:\s+#[\p{L}_][\p{L}\p{N}_/-]*)+\s*$/u, "")
    .trim();
}

function fileTitle(path: string | undefined): string | null {
  const name = path
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.(md|markdown|txt)$/i, "")
    .trim();
  return name ? name.normalize("NFC") : null;
}

function parseUnsafe(input: string, options: ParseOptions): ParsedNote {
  const source = normalizeSource(input);
  const root = parseMarkdown(source);
  const starts = lineStarts(source);
  const covered = new Uint8Array(starts.length + 2);
  const ctx: ParseContext = { source, starts, cards: [], cues: [], warnings: [], heading: "", covered };
  let frontmatter: Record<string, unknown> = {};
  const head = root.children[0];
  let review = null;
  if (head?.type === "yaml") {
    const parsed = parseFrontmatter(head.value, startLine(head) + 1);
    frontmatter = parsed.data;
    ctx.warnings.push(...parsed.warnings);
    review = reviewFromFrontmatter(frontmatter, startLine(head) + 1, ctx.warnings);
  }
  const cueHeadings = new Set((options.cueHeadings ?? DEFAULT_CUE_HEADINGS).map(normalizeHeading));
  walkRoot(ctx, root, cueHeadings);
  const explicit = ctx.cards.length;
  if (options.suggest !== false) ctx.cards.push(...suggestCards(ctx, root, covered, explicit === 0));
  const h1 = root.children.find((node) => node.type === "heading" && node.depth === 1);
  const { links, tags } = collectLinksAndTags(root);
  const allTags = [...tagsFrom(frontmatter)];
  for (const tag of tags) if (!allTags.includes(tag)) allTags.push(tag);
  return {
    title: titleFrom(frontmatter) || (h1 ? headingTitle(plainText(h1)) : "") || fileTitle(options.path) || "Untitled",
    subject: subjectFrom(frontmatter),
    tags: allTags,
    links,
    frontmatter,
    cues: ctx.cues,
    cards: assignIds(ctx.cards),
    review,
    warnings: ctx.warnings.sort((a, b) => a.line - b.line),
  };
}

/**
 * Parses one Markdown note into the `recall parse --json` contract. Never throws: anything unexpected
 * becomes a warning and an (otherwise empty) result. Lines are 1-based in the original file.
 *
 * @example parseNote("a::b").cards[0] // { origin: "inline", front: "a", back: "b", line: 1, ... }
 */
export function parseNote(source: string, options: ParseOptions = {}): ParsedNote {
  const text = typeof source === "string" ? source : String(source ?? "");
  try {
    return parseUnsafe(text, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      title: fileTitle(options.path) ?? "Untitled",
      subject: null,
      tags: [],
      links: [],
      frontmatter: {},
      cues: [],
      cards: [],
      review: null,
      warnings: [{ line: 1, message: `the note could not be parsed (${message.slice(0, 200)})` }],
    };
  }
}
