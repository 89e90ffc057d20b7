/**
 * The mdast transform behind `renderNoteHtml`: wikilinks, `![[embeds]]`, missing images, callouts,
 * highlight spans → `<mark>`, `data-line` on blocks, frontmatter removed.
 */
import type { Blockquote, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import { decodeLink, embedSize, type ReferenceKind } from "./attachments";
import { isHighlightOpen } from "./cards-highlight";
import { isFileEmbed, parseWikilink } from "./links";

/** Options of `renderNoteHtml`. */
export interface RenderOptions {
  /** Href of the note with this title, or null when there is no such note (shown as plain text). */
  noteExists?: (title: string) => string | null;
  /**
   * URL of an image the note embeds (`![[name]]`: kind "embed"; `![](path)`: kind "link", the path
   * percent-decoded), or null when it is missing (shown as a placeholder with its name).
   */
  assetUrl?: (reference: string, kind: ReferenceKind) => string | null;
}

const BLOCKS = new Set([
  "paragraph",
  "heading",
  "list",
  "listItem",
  "blockquote",
  "code",
  "table",
  "tableRow",
  "thematicBreak",
]);
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MAX_DEPTH = 300;
/** Images made from `![[embeds]]`: their URLs are already the attachments', not paths to resolve. */
const resolvedImages = new WeakSet<object>();

type AnyNode = Nodes & { data?: { hName?: string; hProperties?: Record<string, unknown> } };

function styled(
  tag: string,
  className: string,
  children: PhrasingContent[],
  extra: Record<string, unknown> = {},
): PhrasingContent {
  // An `emphasis` node rendered under another tag name: mdast-util-to-hast honours data.hName.
  return {
    type: "emphasis",
    children,
    data: { hName: tag, hProperties: { className: className.split(" "), ...extra } },
  };
}

const CLOZE_MARK = /==(?!=)([^\n=](?:[^\n]*?[^\n=])??)==|\{\{c\d+::([^}]*?)(?:::[^}]*)?\}\}/g;

/** `==highlight==` → `<mark>`, `{{c1::answer::hint}}` → `<mark class="cloze">answer</mark>` (text only). */
function clozeMarks(text: Text): PhrasingContent[] | null {
  if (!text.value.includes("==") && !text.value.includes("{{")) return null;
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of text.value.matchAll(CLOZE_MARK)) {
    const start = match.index ?? 0;
    if (start > cursor) out.push({ type: "text", value: text.value.slice(cursor, start) });
    cursor = start + match[0].length;
    const inner: PhrasingContent[] = [{ type: "text", value: match[1] ?? match[2] ?? "" }];
    out.push(
      match[1] !== undefined
        ? { type: "emphasis", children: inner, data: { hName: "mark" } }
        : styled("mark", "cloze", inner),
    );
  }
  if (cursor === 0) return null;
  if (cursor < text.value.length) out.push({ type: "text", value: text.value.slice(cursor) });
  return out;
}

function placeholder(name: string): PhrasingContent {
  return styled("span", "embed-missing", [{ type: "text", value: `🖼 ${name}` }], { title: `missing: ${name}` });
}

function wikilinks(text: Text, options: RenderOptions): PhrasingContent[] | null {
  if (!text.value.includes("[[")) return null;
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of text.value.matchAll(WIKILINK)) {
    const start = match.index ?? 0;
    if (start > cursor) out.push({ type: "text", value: text.value.slice(cursor, start) });
    cursor = start + match[0].length;
    const { target, heading, alias } = parseWikilink(match[2] ?? "");
    const label = alias ?? (heading ? `${target} › ${heading}` : target);
    if (match[1] === "!" && isFileEmbed(target)) {
      const url = options.assetUrl?.(target, "embed") ?? null;
      // `![[image.png|300]]` is Obsidian's width (or `300x200`), not a caption.
      const size = embedSize(alias);
      if (url) {
        const image: PhrasingContent = { type: "image", url, alt: size ? target : (alias ?? target) };
        if (size) image.data = { hProperties: size };
        resolvedImages.add(image);
        out.push(image);
      } else out.push(placeholder(target));
      continue;
    }
    const href = target ? (options.noteExists?.(target) ?? null) : null;
    const children: PhrasingContent[] = [{ type: "text", value: label }];
    if (href) {
      const url = heading ? `${href}#${encodeURIComponent(heading)}` : href;
      out.push({ type: "link", url, children, data: { hProperties: { className: ["wikilink"] } } });
    } else out.push(styled("span", "wikilink wikilink-missing", children));
  }
  if (cursor === 0) return null;
  if (cursor < text.value.length) out.push({ type: "text", value: text.value.slice(cursor) });
  return out;
}

function imageUrl(url: string, options: RenderOptions): string | null {
  if (/^https?:\/\//i.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return null;
  return options.assetUrl?.(decodeLink(url), "link") ?? null;
}

/** Wraps `<span style="background…">…</span>` sibling runs in `<mark>`; drops other raw HTML later. */
function highlights(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as PhrasingContent;
    if (node.type === "html" && isHighlightOpen(node.value)) {
      const close = children.findIndex((c, j) => j > i && c.type === "html" && /^<\/(span|mark)\s*>$/i.test(c.value));
      if (close !== -1) {
        out.push({ type: "emphasis", children: children.slice(i + 1, close), data: { hName: "mark" } });
        i = close;
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

function callout(node: Blockquote): void {
  const first = node.children[0];
  const text = first?.type === "paragraph" ? first.children[0] : undefined;
  if (first?.type !== "paragraph" || text?.type !== "text") return;
  const match = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)\n?/.exec(text.value);
  if (!match) return;
  const kind = (match[1] ?? "note").toLowerCase();
  text.value = text.value.slice(match[0].length);
  if (text.value === "") first.children.shift();
  if (
    first.children.length === 0 ||
    (first.children[0]?.type === "break" && first.children.shift() && first.children.length === 0)
  ) {
    node.children.shift();
  }
  const title = match[2]?.trim() || kind.charAt(0).toUpperCase() + kind.slice(1);
  node.children.unshift({
    type: "paragraph",
    children: [{ type: "text", value: title }],
    data: { hProperties: { className: ["callout-title"] } },
  });
  node.data = {
    ...node.data,
    hName: "aside",
    hProperties: { ...node.data?.hProperties, className: ["callout", `callout-${kind}`] },
  };
}

/** Applies the render-time rewrites to a parsed note (mutates `tree`, which the caller owns). */
export function transformForRender(tree: Root, options: RenderOptions): void {
  tree.children = tree.children.filter((node) => node.type !== "yaml");
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (BLOCKS.has(node.type) && node.position) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataLine: node.position.start.line } };
    }
    if (node.type === "blockquote") callout(node);
    if (node.type === "image" && !resolvedImages.has(node)) {
      const url = imageUrl(node.url, options);
      if (url) node.url = url;
      else {
        // Named by its file (what the student looks for in the vault); a URL with a scheme by its caption.
        const file = /^[a-z][a-z0-9+.-]*:/i.test(node.url) ? "" : decodeLink(node.url).split("/").pop();
        Object.assign(node, placeholder(file || node.alt || "image"));
      }
      continue;
    }
    if (!("children" in node) || depth > MAX_DEPTH) continue;
    const parent = node as Parent;
    if (parent.children.some((c) => c.type === "html"))
      parent.children = highlights(parent.children as PhrasingContent[]);
    if (node.type !== "link" && node.type !== "linkReference") {
      const next: RootContent[] = [];
      for (const child of parent.children) {
        const replaced = child.type === "text" ? wikilinks(child, options) : null;
        for (const part of replaced ?? [child]) {
          const marked = part.type === "text" ? clozeMarks(part) : null;
          if (marked) next.push(...marked);
          else next.push(part);
        }
      }
      parent.children = next;
    }
    for (const child of parent.children) stack.push([child as Nodes, depth + 1]);
  }
}
