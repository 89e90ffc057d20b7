import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML is never passed through (no allowDangerousHtml) and the sanitizer's default schema drops
// `javascript:` URLs and event handlers, so a card's Markdown cannot inject script into the page.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** A card's front or back (Markdown) as sanitized HTML for the review and quiz pages. */
export function renderCardHtml(markdown: string): string {
  return String(processor.processSync(markdown.normalize("NFC")));
}
