/**
 * Images that notes embed: which files are images (by their bytes, never by their name), the size cap,
 * which references a note makes (`![[diagram.png|300]]`, `![](img/x.png)`), and how a reference resolves to
 * a file of the vault, the way Obsidian resolves it. Shared by the renderer, the sync client and the API.
 */

/** Limits for one attachment (docs: README "Syncing an Obsidian vault", the OpenAPI document). */
export const ATTACHMENT_LIMITS = {
  /** Largest image, in bytes. */
  maxBytes: 5 * 1024 * 1024,
} as const;

/**
 * File names treated as images. SVG is not among them: an SVG is a document that can carry scripts, and
 * serving users' SVGs safely needs more than this feature is worth, so they stay placeholders.
 */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp)$/i;

export type ImageType = "image/png" | "image/jpeg" | "image/gif" | "image/webp";

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

/** The image type the bytes' signature (magic number) names, or null for anything else (SVG included). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

/** How a note refers to a file: an Obsidian embed `![[name]]`, or a Markdown image `![alt](url)`. */
export type ReferenceKind = "embed" | "link";

export interface ImageReference {
  reference: string;
  kind: ReferenceKind;
}

const EMBED = /!\[\[([^[\]\n|#]+)(?:#[^[\]\n|]*)?(?:\|[^[\]\n]*)?\]\]/g;
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+"[^"\n]*")?\s*\)/g;

/**
 * The image files a note refers to, in order of appearance, without duplicates. A scan of the text (not a
 * parse): an image named inside a code block is found too, which at worst uploads one file more.
 */
export function imageReferences(source: string): ImageReference[] {
  const found = new Map<string, ImageReference>();
  for (const match of source.matchAll(EMBED)) {
    const reference = (match[1] ?? "").trim();
    if (IMAGE_FILE.test(reference)) found.set(`embed:${reference}`, { reference, kind: "embed" });
  }
  for (const match of source.matchAll(MARKDOWN_IMAGE)) {
    const raw = (match[1] ?? "").replace(/^<|>$/g, "");
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) continue;
    const reference = decodeLink(raw);
    if (IMAGE_FILE.test(reference)) found.set(`link:${reference}`, { reference, kind: "link" });
  }
  return [...found.values()];
}

/** A Markdown link's path: percent-decoded, without `?query` or `#fragment`. */
export function decodeLink(url: string): string {
  const bare = url.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** `a/./b/../c` → `a/c`; null when it climbs out of the vault. */
function normalize(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

const folderOf = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1).toLowerCase();

/** Resolves references against a set of vault paths; see `attachmentIndex`. */
export type AttachmentResolver = (reference: string, kind: ReferenceKind, notePath: string) => string | null;

/**
 * A resolver over the vault's image paths. A Markdown image resolves relative to the note, then from the
 * vault root; an embed from the vault root, then relative to the note. Either falls back to a file of that
 * name anywhere in the vault (Obsidian's "shortest path"), preferring the note's own folder, then the first
 * path in sort order, case-insensitively.
 */
export function attachmentIndex(paths: Iterable<string>): AttachmentResolver {
  const exact = new Set<string>();
  const byName = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    exact.add(path);
    byName.set(baseName(path), [...(byName.get(baseName(path)) ?? []), path]);
  }
  return (reference, kind, notePath) => {
    const folder = folderOf(notePath);
    const relative = normalize(folder ? `${folder}/${reference}` : reference);
    const fromRoot = normalize(reference);
    const candidates = kind === "link" ? [relative, fromRoot] : [fromRoot, relative];
    for (const candidate of candidates) if (candidate && exact.has(candidate)) return candidate;
    const named = byName.get(baseName(reference)) ?? [];
    return named.find((path) => folderOf(path) === folder) ?? named[0] ?? null;
  };
}

/** Obsidian's size suffix `![[image.png|300]]` or `|300x200`: the width and height in pixels, else null. */
export function embedSize(alias: string | null): { width: number; height?: number } | null {
  const match = /^(\d{1,5})(?:x(\d{1,5}))?$/.exec(alias?.trim() ?? "");
  if (!match) return null;
  return { width: Number(match[1]), ...(match[2] ? { height: Number(match[2]) } : {}) };
}

/**
 * `renderNoteHtml`'s `assetUrl` for notes of one user: `urls` maps each uploaded image's vault path to its
 * URL; call the result with a note's path. The index is built once, so many notes can share it.
 */
export function assetUrlsFor(
  urls: ReadonlyMap<string, string>,
): (notePath: string) => (reference: string, kind: ReferenceKind) => string | null {
  const resolve = attachmentIndex(urls.keys());
  return (notePath) => (reference, kind) => {
    const path = resolve(reference, kind, notePath);
    return path === null ? null : (urls.get(path) ?? null);
  };
}

/** The authenticated route that serves an uploaded image by its content hash. */
export const attachmentUrl = (hash: string) => `/api/attachments/${hash}`;
