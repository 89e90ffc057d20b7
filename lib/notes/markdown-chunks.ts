/**
 * Large notes in linear time. micromark rebuilds the whole document's event list each time a list item or
 * block quote closes (`EditMap.consume` in `subtokenize`; micromark#169, mdast-util-from-markdown#49), so one
 * parse of a note grows with the square of its size: 256 KB took 50 s. Here the note is cut into parts of
 * a few kilobytes at top-level boundaries that cannot change the meaning, each part is parsed alone, and the
 * trees are stitched with their positions (lines and offsets) moved back into place: the same tree as one
 * parse (tests/unit/notes/markdown-chunks.test.ts checks it deep-equals on many notes).
 *
 * A boundary is a line at column 0 that is not blank and cannot continue a list (no list marker or digit),
 * right after a blank line, and after the frontmatter. After such a line nothing of the part before is open
 * except a fenced code or raw HTML block: when a part's last block runs on into the blank line, the part is parsed again with the next part joined on. Link reference and footnote
 * definitions apply to the whole document, so a note that may hold one is parsed in one piece.
 */
import type { Nodes, Root } from "mdast";

/** Parts are cut at the first boundary after this many characters. */
const PART_CHARS = 8 * 1024;
/** Anything that could be a `[label]:` definition (also inside containers or code: then no cutting). */
const DEFINITION = /\[[^\]\n]*\]:/;
const FRONTMATTER_OPEN = /^---[ \t]*\r?\n/;
const FRONTMATTER_CLOSE = /^---[ \t]*\r?$/m;

/** Offsets of the lines where the note may be cut, in order (never 0). */
export function boundaryOffsets(source: string): number[] {
  if (DEFINITION.test(source)) return [];
  let from = 0;
  if (FRONTMATTER_OPEN.test(source)) {
    // Never cut inside frontmatter (it may hold blank lines). An opening line that is never closed changes
    // how micromark reads the rest of the note (a `  - item` line no longer interrupts a paragraph): no cuts.
    const rest = source.slice(source.indexOf("\n") + 1);
    const close = FRONTMATTER_CLOSE.exec(rest);
    if (!close) return [];
    from = source.indexOf("\n") + 1 + close.index + close[0].length;
  }
  const cuts: number[] = [];
  let previousBlank = false;
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf("\n", start);
    if (end === -1) end = source.length;
    const first = source.charCodeAt(start);
    const blank = isBlank(source, start, end);
    if (previousBlank && start >= from && !blank && startsFreshBlock(first)) cuts.push(start);
    previousBlank = blank;
    start = end + 1;
  }
  return cuts;
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** Not whitespace, not a bullet (`-`, `*`, `+`) and not a digit (an ordered item): the list cannot go on. */
function startsFreshBlock(code: number): boolean {
  if (code === 32 || code === 9 || code === 13 || code === 10) return false;
  if (code === 45 || code === 42 || code === 43) return false;
  return !(code >= 48 && code <= 57);
}

/**
 * Does the part's last block run on into the blank line before the cut? A closed block ends before it; one
 * that reaches it holds an open fenced code or raw HTML block (at the top level or in a list item).
 */
function endsOpen(tree: Root, partLines: number): boolean {
  const last = tree.children[tree.children.length - 1];
  return last !== undefined && (last.position?.end.line ?? 0) >= partLines - 1;
}

function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines++;
  return lines;
}

/** Moves every position in `node` down by `lines` lines and `offset` characters (columns stay). */
function shift(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    const position = current.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ("children" in current) for (const child of current.children) stack.push(child as Nodes);
  }
}

/**
 * Parses `source` with `parse` part by part (see the module comment) and returns the tree one `parse` of the
 * whole source gives. Small notes, and notes that may hold definitions, are parsed in one piece. `partChars`
 * (tests: small, to cut often) is the size after which a part ends at the next boundary.
 */
export function parseInParts(source: string, parse: (text: string) => Root, partChars: number = PART_CHARS): Root {
  if (source.length <= 2 * partChars) return parse(source);
  const cuts = boundaryOffsets(source);
  if (cuts.length === 0) return parse(source);
  const root: Root = { type: "root", children: [] };
  let start = 0;
  let lineBase = 0;
  let next = 0;
  while (start < source.length) {
    let size = partChars;
    let tree: Root;
    let end: number;
    for (;;) {
      while (next < cuts.length && (cuts[next] as number) < start + size) next++;
      end = next < cuts.length ? (cuts[next] as number) : source.length;
      const text = source.slice(start, end);
      tree = parse(text);
      if (end === source.length || !endsOpen(tree, countLines(text))) break;
      size *= 2; // an open code or HTML block: join the next part(s), growing so a long one stays linear
    }
    shift(tree, lineBase, start);
    root.children.push(...tree.children);
    if (tree.position) {
      const startPoint = root.position?.start ?? tree.position.start;
      root.position = { start: startPoint, end: tree.position.end };
    }
    lineBase += countLines(source.slice(start, end)) - 1;
    start = end;
  }
  return root;
}
