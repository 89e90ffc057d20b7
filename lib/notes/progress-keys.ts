/**
 * The students' progress keys (`학습률: "0.6"`, `진행바: 🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`): updated in place when a note
 * already has them, never added (they are the students' own decoration, not part of the review state).
 */
import { normalizeKey } from "./frontmatter";

export interface ProgressValues {
  /** 0–1. */
  fraction: number;
  /** e.g. `🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`. */
  bar: string;
}

const FRACTION_KEYS = ["학습률", "progress", "progressrate"];
const BAR_KEYS = ["진행바", "progressbar"];

const KEY_LINE = /^([^\s#'"][^:]*?)(\s*:[ \t]*)(.*?)(\r?)$/;

/** `0.6` from 0.6, `0.33` from 1/3: two decimals at most, rounded down like the percent. */
function fractionText(fraction: number): string {
  return String(Math.floor(Math.min(1, Math.max(0, fraction)) * 100 + 1e-9) / 100);
}

/** Rewrites the values of the progress keys the frontmatter already has; every other byte is kept. */
export function writeProgressKeys(source: string, values: ProgressValues): string {
  const lines = source.split("\n");
  if ((lines[0] ?? "").replace(/^\uFEFF/, "").trimEnd() !== "---") return source;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trimEnd() === "---") break;
    const match = KEY_LINE.exec(line);
    if (!match) continue;
    const [, key = "", separator = "", value = "", cr = ""] = match;
    const name = normalizeKey(key);
    const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : "";
    if (FRACTION_KEYS.includes(name)) {
      lines[i] = `${key}${separator}${quote}${fractionText(values.fraction)}${quote}${cr}`;
    } else if (BAR_KEYS.includes(name)) {
      lines[i] = `${key}${separator}${quote}${values.bar}${quote}${cr}`;
    }
  }
  return lines.join("\n");
}
