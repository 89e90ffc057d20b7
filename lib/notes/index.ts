/** Recall's note domain: Markdown notes → cards, review state in frontmatter, safe HTML. Pure (no Next/Prisma). */
export { parseNote } from "./parse";
export { readReviewState, writeReviewState, reviewFromFrontmatter } from "./review";
export { renderNoteHtml, type RenderOptions } from "./render";
export { parseWikilink, isFileEmbed } from "./links";
export * from "./types";
