/** `[[wikilinks]]` and `#tags` found in a note's text nodes (never inside code). */
import type { Nodes, Root } from "mdast";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const TAG = /(?:^|\s)#([\p{L}_][\p{L}\p{N}_/-]*)/gu;
const NON_NOTE_EMBED = /\.(png|jpe?g|gif|webp|svg|bmp|avif|pdf|mp3|mp4|webm|mov|wav|ogg|m4a|excalidraw)$/i;

/** Splits `target#heading|alias` into its parts. */
export function parseWikilink(inner: string): { target: string; heading: string | null; alias: string | null } {
  const bar = inner.indexOf("|");
  const alias = bar === -1 ? null : inner.slice(bar + 1).trim() || null;
  const ref = bar === -1 ? inner : inner.slice(0, bar);
  const hash = ref.indexOf("#");
  return {
    target: (hash === -1 ? ref : ref.slice(0, hash)).trim(),
    heading: hash === -1 ? null : ref.slice(hash + 1).trim() || null,
    alias,
  };
}

/** Is `name` a file embed (image, audio, PDF…) rather than a note? */
export function isFileEmbed(name: string): boolean {
  return NON_NOTE_EMBED.test(name.trim());
}

/**
 * Wikilink targets (notes, not image embeds) and inline `#tags` (outside tables), each in order of first
 * appearance. Walks the tree without recursion, so deep nesting cannot overflow the stack.
 */
export function collectLinksAndTags(root: Root): { links: string[]; tags: string[] } {
  const links = new Set<string>();
  const tags = new Set<string>();
  const stack: [Nodes, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, inTable] = stack.pop() as [Nodes, boolean];
    if (node.type === "text") {
      const value = node.value;
      if (value.includes("[[")) {
        for (const match of value.matchAll(WIKILINK)) {
          const { target } = parseWikilink(match[2] ?? "");
          if (target && !(match[1] === "!" && isFileEmbed(target))) links.add(target);
        }
      }
      if (!inTable && value.includes("#")) for (const match of value.matchAll(TAG)) if (match[1]) tags.add(match[1]);
    } else if ("children" in node) {
      const nested = inTable || node.type === "table";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, nested]);
    }
  }
  return { links: [...links], tags: [...tags] };
}
