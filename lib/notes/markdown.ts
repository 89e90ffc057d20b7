/** The one Markdown parser Recall uses (remark + GFM + YAML frontmatter) and small mdast helpers. */
import type { Nodes, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseInParts } from "./markdown-chunks";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze();

/** One remark parse of the whole text: quadratic in the size of large notes (the baseline of the bench). */
export function parseMarkdownWhole(source: string): Root {
  return processor.parse(source);
}

/**
 * Parses Markdown (GFM, YAML frontmatter) into an mdast tree with positions. Pure; never throws on text.
 * Large notes are parsed in parts (same tree, linear time; see `parseInParts`).
 */
export function parseMarkdown(source: string): Root {
  return parseInParts(source, parseMarkdownWhole);
}

/** The plain text of a node (like mdast-util-to-string, without images' alt text or HTML). */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") {
    return node.type === "html" || node.type === "yaml" ? "" : node.value;
  }
  if ("children" in node) {
    let out = "";
    for (const child of node.children) out += plainText(child as Nodes);
    return out;
  }
  return "";
}

/** 1-based start line of a node (1 when the node has no position). */
export function startLine(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

/** 1-based end line of a node. */
export function endLine(node: { position?: { end: { line: number } } | undefined }): number {
  return node.position?.end.line ?? 1;
}

/** Start/end offsets of a node in the source ([0, 0] without position). */
export function offsets(node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
