/** `renderNoteHtml`: a note's Markdown → sanitized HTML for the note page. */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root } from "mdast";
import { parseInParts } from "./markdown-chunks";
import { rehypeRemoteImagePlaceholders } from "./remote-images";
import { type RenderOptions, transformForRender } from "./render-transform";
import { normalizeSource } from "./text";

export type { RenderOptions } from "./render-transform";

const classes = (...names: (string | RegExp)[]): [string, ...(string | RegExp)[]] => ["className", ...names];

const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "aside", "mark"],
  attributes: {
    ...defaultSchema.attributes,
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "dataLine"],
    aside: [classes("callout", /^callout-[\w-]+$/)],
    p: [classes("callout-title")],
    mark: [classes("cloze")],
    span: [classes("wikilink", "wikilink-missing", "embed-missing"), "title"],
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((entry) => entry !== "className" && entry[0] !== "className"),
      classes("data-footnote-backref", "wikilink"),
    ],
  },
};

/**
 * Renders a note (the whole file, frontmatter included) to sanitized HTML. Wikilinks become links when
 * `noteExists` knows the note (plain `span.wikilink-missing` otherwise); `![[file]]` embeds and images that
 * `assetUrl` cannot resolve become `span.embed-missing` placeholders; `> [!type]` callouts become
 * `aside.callout.callout-type`; remote (http/https) images become `span.remote-image` placeholders that
 * load nothing (see ./remote-images); highlight spans become `<mark>`; all other raw HTML is dropped and unsafe
 * URLs (`javascript:`…) never reach the output. Block elements carry `data-line` (1-based source line).
 * Never throws: on failure it returns the escaped text in a `<pre>`.
 */
export function renderNoteHtml(markdown: string, options: RenderOptions = {}): string {
  const source = normalizeSource(typeof markdown === "string" ? markdown : String(markdown ?? ""));
  try {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkFrontmatter, ["yaml"])
      .use(() => (tree) => transformForRender(tree as Parameters<typeof transformForRender>[0], options))
      .use(remarkRehype)
      .use(rehypeSanitize, schema)
      .use(rehypeRemoteImagePlaceholders)
      .use(rehypeStringify);
    // Parsed in parts: the same tree as `processor.parse(source)`, in linear time for large notes.
    const tree = parseInParts(source, (text) => processor.parse(text) as Root);
    return String(processor.stringify(processor.runSync(tree)));
  } catch {
    return `<pre>${source.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
  }
}
