/** Small text helpers shared by the note parser: line tables, dedent, normalisation, hashing. */

/** Offsets of the first character of every line of `source` (index 0 = line 1). */
export function lineStarts(source: string): number[] {
  const starts = [0];
  let index = source.indexOf("\n");
  while (index !== -1) {
    starts.push(index + 1);
    index = source.indexOf("\n", index + 1);
  }
  return starts;
}

/** The text of lines `from`..`to` (1-based, inclusive), without the final newline. */
export function sliceLines(source: string, starts: readonly number[], from: number, to: number): string {
  const begin = starts[from - 1] ?? source.length;
  const end = to < starts.length ? (starts[to] ?? source.length) - 1 : source.length;
  return end > begin ? source.slice(begin, end) : "";
}

/**
 * Removes the whitespace prefix shared by every non-blank line, trailing whitespace and `\r` on each line,
 * and blank lines at both ends. Tabs and spaces are compared literally, so tab- and space-indented notes
 * both come out flush left.
 */
export function dedent(text: string): string {
  const lines = text.split("\n").map((line) => line.replace(/\s+$/, ""));
  let prefix: string | null = null;
  for (const line of lines) {
    if (line.length === 0) continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (prefix === null) prefix = lead;
    else {
      let shared = 0;
      while (shared < prefix.length && shared < lead.length && prefix[shared] === lead[shared]) shared++;
      prefix = prefix.slice(0, shared);
    }
    if (prefix === "") break;
  }
  const cut = prefix?.length ?? 0;
  const out = lines.map((line) => line.slice(cut));
  while (out.length > 0 && out[0] === "") out.shift();
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** Collapses runs of whitespace to one space and trims: the form ids are computed from. */
export function normalizeForId(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** 53-bit string hash (cyrb53), pure and fast; `seed` gives independent hashes. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 20-character hex digest of `text` (two independent 53-bit hashes, truncated to 80 bits). */
export function hashText(text: string): string {
  return (
    cyrb53(text, 0).toString(16).padStart(14, "0").slice(-10) +
    cyrb53(text, 0x9e3779b9).toString(16).padStart(14, "0").slice(-10)
  );
}

/** Strips a leading byte-order mark and applies Unicode NFC (Korean typed on macOS arrives as NFD). */
export function normalizeSource(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.normalize("NFC");
}
