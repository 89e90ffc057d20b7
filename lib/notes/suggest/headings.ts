/** The heading card (`heading?` → its whole section), kept only where no finer card covers that section. */
import type { Root, RootContent } from "mdast";
import { type DraftCard, linesMarkdown, type ParseContext } from "../context";
import { endLine, plainText, startLine } from "../markdown";

/**
 * One suggested card per heading with content under it, skipped when `hasFinerCard(from, to)` says a card
 * already asks about a line of that section (lines `from`..`to`, 1-based).
 */
export function headingCards(
  ctx: ParseContext,
  root: Root,
  hasFinerCard: (from: number, to: number) => boolean,
): DraftCard[] {
  const out: DraftCard[] = [];
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const heading = children[i] as RootContent;
    if (heading.type !== "heading") continue;
    const front = plainText(heading).replace(/\s+/g, " ").trim();
    let first: RootContent | null = null;
    let last: RootContent | null = null;
    for (let j = i + 1; j < children.length && (children[j] as RootContent).type !== "heading"; j++) {
      const node = children[j] as RootContent;
      if (node.type === "html" || node.type === "yaml" || node.type === "definition" || node.type === "thematicBreak")
        continue;
      first ??= node;
      last = node;
    }
    if (!front || !first || !last) continue;
    if (hasFinerCard(startLine(first), endLine(last))) continue;
    const back = linesMarkdown(ctx, startLine(first), endLine(last));
    if (back) out.push({ type: "basic", origin: "heading", front, back, line: startLine(heading), suggested: true });
  }
  return out;
}
