import type { DiffSegment } from "./types";

/** Above this many DP cells the diff works on words instead of characters. */
const MAX_CHAR_CELLS = 250_000;

function tokenize(text: string, byChar: boolean): string[] {
  return byChar ? Array.from(text) : text.split(/(\s+)/).filter((t) => t.length > 0);
}

const keyOf = (token: string) => token.normalize("NFKC").toLowerCase();

/**
 * A character diff (word diff for long texts) from the student's answer to the expected one, ignoring
 * case. `same` is shared text, `removed` is text the student typed that the expected answer lacks,
 * `added` is text of the expected answer the student missed. Concatenating `same` + `removed` segments
 * gives `given`; `same` + `added` gives `expected`.
 *
 * @example diffAnswer("lamda", "Lambda") // [same "lam", added "b", same "da"]
 */
export function diffAnswer(given: string, expected: string): DiffSegment[] {
  const g = given.normalize("NFC");
  const e = expected.normalize("NFC");
  const byChar = (Array.from(g).length + 1) * (Array.from(e).length + 1) <= MAX_CHAR_CELLS;
  const a = tokenize(g, byChar);
  const b = tokenize(e, byChar);
  const ak = a.map(keyOf);
  const bk = b.map(keyOf);
  const n = a.length;
  const m = b.length;
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
  const segments: DiffSegment[] = [];
  const push = (type: DiffSegment["type"], text: string) => {
    const last = segments[segments.length - 1];
    if (last && last.type === type) last.text += text;
    else segments.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ak[i] === bk[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!) {
      push("removed", a[i]!);
      i++;
    } else {
      push("added", b[j]!);
      j++;
    }
  }
  while (i < n) push("removed", a[i++]!);
  while (j < m) push("added", b[j++]!);
  return segments;
}
