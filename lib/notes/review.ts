/**
 * Review state kept in frontmatter (`⭕첫 학습날`, `❤1일복습여부` … `🧠장기기억`, or plain `firstStudied`,
 * `review1` … `longTerm`): reading it, and writing it back by editing only those lines of the YAML text.
 */
import { normalizeKey, parseFrontmatter } from "./frontmatter";
import type { ParseWarning, ReviewState } from "./types";

type Field = "firstStudied" | "1" | "4" | "7" | "14" | "longTerm";
const FIELDS: readonly Field[] = ["firstStudied", "1", "4", "7", "14", "longTerm"];

const checkpointNames = (n: string) => [
  `${n}일복습여부`,
  `${n}일복습`,
  `${n}일차복습`,
  `review${n}`,
  `review${n}d`,
  `review${n}day`,
];

/** Normalised key spellings (see `normalizeKey`) accepted for each field. */
const NAMES: Record<Field, readonly string[]> = {
  firstStudied: ["첫학습날", "첫학습일", "첫학습", "학습시작일", "firststudied", "firststudy", "firststudiedon"],
  "1": checkpointNames("1"),
  "4": checkpointNames("4"),
  "7": checkpointNames("7"),
  "14": checkpointNames("14"),
  longTerm: ["장기기억", "장기기억여부", "longterm", "longtermmemory"],
};

const KOREAN_KEYS: Record<Field, string> = {
  firstStudied: "⭕첫 학습날",
  "1": "❤1일복습여부",
  "4": "🧡4일복습여부",
  "7": "💛7일복습여부",
  "14": "💚14일복습여부",
  longTerm: "🧠장기기억",
};
const PLAIN_KEYS: Record<Field, string> = {
  firstStudied: "firstStudied",
  "1": "review1",
  "4": "review4",
  "7": "review7",
  "14": "review14",
  longTerm: "longTerm",
};

function fieldOf(key: string): Field | null {
  const name = normalizeKey(key);
  for (const field of FIELDS) if (NAMES[field].includes(name)) return field;
  return null;
}

function asBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value > 0;
  if (typeof value !== "string") return false;
  return /^\s*(true|yes|y|o|1|done|완료|✅|☑️?|✔️?|\[x\])\s*$/iu.test(value);
}

/** `YYYY-MM-DD` from `2024-09-28`, `2024/9/28`, `2024.09.28`, `2024년 9월 28일`; null if not a real date. */
export function toStudyDay(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : "";
  const match = /(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The review state in parsed frontmatter, or null when there is no valid first-study date.
 * A present but unreadable date adds a warning (at `line`).
 */
export function reviewFromFrontmatter(
  data: Record<string, unknown>,
  line = 1,
  warnings: ParseWarning[] = [],
): ReviewState | null {
  const found = new Map<Field, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const field = fieldOf(key);
    if (field && !found.has(field)) found.set(field, value);
  }
  if (!found.has("firstStudied")) return null;
  const firstStudied = toStudyDay(found.get("firstStudied"));
  if (!firstStudied) {
    warnings.push({
      line,
      message: "the first-study date in the frontmatter is not a date (YYYY-MM-DD); review state ignored",
    });
    return null;
  }
  return {
    firstStudied,
    checkpoints: {
      "1": asBoolean(found.get("1")),
      "4": asBoolean(found.get("4")),
      "7": asBoolean(found.get("7")),
      "14": asBoolean(found.get("14")),
    },
    longTerm: asBoolean(found.get("longTerm")),
  };
}

interface FrontmatterBlock {
  /** Index (in `lines`) of the opening and closing `---`. */
  open: number;
  close: number;
  lines: string[];
}

function findFrontmatter(source: string): FrontmatterBlock | null {
  const lines = source.split("\n");
  if ((lines[0] ?? "").replace(/^\uFEFF/, "").trimEnd() !== "---") return null;
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] ?? "").trimEnd() === "---") return { open: 0, close: i, lines };
  }
  return null;
}

/** Reads the review state from a note's frontmatter (null when there is none). Never throws. */
export function readReviewState(source: string): ReviewState | null {
  const block = findFrontmatter(source);
  if (!block) return null;
  const yaml = block.lines.slice(1, block.close).join("\n");
  return reviewFromFrontmatter(parseFrontmatter(yaml, 2).data, 2);
}

function formatValue(field: Field, state: ReviewState): string {
  if (field === "firstStudied") return state.firstStudied;
  if (field === "longTerm") return String(state.longTerm);
  return String(state.checkpoints[field]);
}

const KEY_LINE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^:]*?)\s*:(?=\s|$)/;

function unquote(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, "$1");
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

/**
 * Writes `state` into the note's frontmatter and returns the new source. Only the review keys' lines
 * change (the keys the note already uses keep their spelling; missing ones are added in the note's style,
 * Korean or plain); every other byte stays as it was. A note without frontmatter gets one with plain keys.
 */
export function writeReviewState(source: string, state: ReviewState): string {
  const newline = source.includes("\r\n") ? "\r\n" : "\n";
  const block = findFrontmatter(source);
  if (!block) {
    const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
    const body = FIELDS.map((field) => `${PLAIN_KEYS[field]}: ${formatValue(field, state)}`);
    return `${bom}---${newline}${body.join(newline)}${newline}---${newline}${source.slice(bom.length)}`;
  }
  const lines = [...block.lines];
  const written = new Set<Field>();
  let korean = false;
  let lastReviewLine = -1;
  let close = block.close;
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? "";
    const match = KEY_LINE.exec(line);
    if (!match?.[1]) continue;
    const field = fieldOf(unquote(match[1]));
    if (!field || written.has(field)) continue;
    written.add(field);
    if (/\p{Script=Hangul}/u.test(match[1])) korean = true;
    const rest = line.slice(match[0].length);
    const cr = rest.endsWith("\r") ? "\r" : "";
    const comment = /\s#.*$/.exec(rest.replace(/\r$/, ""))?.[0] ?? "";
    lines[i] = `${match[0]} ${formatValue(field, state)}${comment}${cr}`;
    const value = rest
      .replace(/\r$/, "")
      .replace(/\s#.*$/, "")
      .trim();
    if (value === "" || /^[|>][-+0-9]*$/.test(value)) {
      // A block value continues on indented lines: they belong to the old value.
      let end = i + 1;
      while (end < close && /^(\s+\S|\s*-\s|\s*\r?$)/.test(lines[end] ?? "") && !KEY_LINE.test(lines[end] ?? "")) end++;
      while (end > i + 1 && /^\s*\r?$/.test(lines[end - 1] ?? "")) end--;
      lines.splice(i + 1, end - i - 1);
      close -= end - i - 1;
    }
    lastReviewLine = i;
  }
  const missing = FIELDS.filter((field) => !written.has(field));
  if (missing.length > 0) {
    const keys = korean ? KOREAN_KEYS : PLAIN_KEYS;
    const cr = newline === "\r\n" ? "\r" : "";
    const added = missing.map((field) => `${keys[field]}: ${formatValue(field, state)}${cr}`);
    lines.splice(lastReviewLine === -1 ? close : lastReviewLine + 1, 0, ...added);
  }
  return lines.join("\n");
}
