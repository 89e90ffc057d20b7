import type { DiffSegment } from "./types";

/** Above this many DP cells the texts are too long to compare word by word; the whole answer is marked. */
const MAX_CELLS = 1_000_000;

/** A word, a number or one punctuation mark, with the spaces after it. */
const TOKEN_RE = /(?:\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}])\s*|\s+/gu;
/** Korean particles split off a word so that "대기열은" and "대기열이" share "대기열". Longest first. */
const PARTICLE_RE = /^([\uac00-\ud7a3]{2,}?)(이란|에서|으로|란|은|는|이|가|을|를|의|에|로|와|과|도)(\s*)$/u;

/** Words (with their trailing spaces), numbers apart from units, Korean particles apart from their word. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.matchAll(TOKEN_RE)) {
    const particle = PARTICLE_RE.exec(token);
    if (particle) tokens.push(particle[1]!, particle[2]! + particle[3]!);
    else tokens.push(token);
  }
  return tokens;
}

const keyOf = (token: string) => token.trim().normalize("NFKC").toLowerCase();
const trailingSpace = (token: string) => /\s*$/u.exec(token)?.[0] ?? "";

/**
 * A word diff from the student's answer to the expected one, ignoring case, in Korean and English alike:
 * words are compared whole, numbers apart from their units ("16분" vs "15분" differ in the number), and a
 * Korean particle apart from its word. `same` is shared text, `removed` is text the student typed that the
 * expected answer lacks, `added` is text of the expected answer the student missed. Concatenating `same` +
 * `removed` segments gives `given`; `same` + `added` gives `expected` (up to case).
 *
 * @example diffAnswer("simple queue servise", "Simple Queue Service")
 * // [same "simple queue ", removed "servise", added "Service"]
 */
export function diffAnswer(given: string, expected: string): DiffSegment[] {
  const a = tokenize(given.normalize("NFC"));
  const b = tokenize(expected.normalize("NFC"));
  const segments: DiffSegment[] = [];
  const push = (type: DiffSegment["type"], text: string) => {
    if (text.length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.type === type) last.text += text;
    else segments.push({ type, text });
  };
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    push("removed", a.join(""));
    push("added", b.join(""));
    return segments;
  }
  const ak = a.map(keyOf);
  const bk = b.map(keyOf);
  // lcs[i * (m + 1) + j] = LCS length of a[i..] and b[j..]
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        ak[i] === bk[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ak[i] === bk[j]) {
      // The same word; only the spaces after it may differ.
      const word = a[i]!.trimEnd();
      const spaceA = trailingSpace(a[i]!);
      const spaceB = trailingSpace(b[j]!);
      push("same", word);
      if (spaceA === spaceB) push("same", spaceA);
      else {
        push("removed", spaceA);
        push("added", spaceB);
      }
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) {
      push("removed", a[i++]!);
    } else {
      push("added", b[j++]!);
    }
  }
  while (i < n) push("removed", a[i++]!);
  while (j < m) push("added", b[j++]!);
  return segments;
}
