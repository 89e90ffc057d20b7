/** Frontmatter: YAML to a plain object (with warnings, never throwing), and title/subject/tags from it. */
import { parseDocument } from "yaml";
import type { ParseWarning } from "./types";

/** The parsed frontmatter and any problems found. `firstLine` is the file line of the first YAML line. */
export function parseFrontmatter(
  yamlText: string,
  firstLine: number,
): { data: Record<string, unknown>; warnings: ParseWarning[] } {
  if (yamlText.trim() === "") return { data: {}, warnings: [] };
  try {
    const doc = parseDocument(yamlText, { uniqueKeys: false });
    if (doc.errors.length > 0) {
      const warnings = doc.errors.slice(0, 3).map((error) => ({
        line: firstLine + Math.max(0, (error.linePos?.[0]?.line ?? 1) - 1),
        message: `frontmatter is not valid YAML (${firstSentence(error.message)}); it was ignored`,
      }));
      return { data: {}, warnings };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {}, warnings: [] };
    if (typeof value !== "object" || Array.isArray(value)) {
      return {
        data: {},
        warnings: [{ line: firstLine, message: "frontmatter is not a key: value mapping; it was ignored" }],
      };
    }
    return { data: jsonSafe(value) as Record<string, unknown>, warnings: [] };
  } catch (error) {
    const message = error instanceof Error ? firstSentence(error.message) : "unreadable";
    return {
      data: {},
      warnings: [{ line: firstLine, message: `frontmatter could not be read (${message}); it was ignored` }],
    };
  }
}

function firstSentence(message: string): string {
  return (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").slice(0, 160);
}

/** Converts YAML values to JSON-safe ones (Dates to ISO strings, Maps to objects, no undefined). */
function jsonSafe(value: unknown, depth = 0): unknown {
  if (depth > 64) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (value instanceof Map) return jsonSafe(Object.fromEntries(value), depth);
  if (value instanceof Set) return jsonSafe([...value], depth);
  if (Array.isArray(value)) return value.map((item) => jsonSafe(item, depth + 1) ?? null);
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const safe = jsonSafe(item, depth + 1);
      if (safe !== undefined) out[String(key).normalize("NFC")] = safe;
    }
    return out;
  }
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "function" || typeof value === "symbol") return undefined;
  return value;
}

/** A frontmatter key reduced to lowercase letters and digits (emoji, spaces and punctuation dropped). */
export function normalizeKey(key: string): string {
  return key
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function findValue(data: Record<string, unknown>, names: readonly string[]): unknown {
  for (const [key, value] of Object.entries(data)) {
    if (names.includes(normalizeKey(key))) return value;
  }
  return undefined;
}

function firstString(value: unknown): string | null {
  if (typeof value === "string" || typeof value === "number") {
    const text = String(value).trim();
    return text === "" ? null : text;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = firstString(item);
      if (text) return text;
    }
  }
  return null;
}

/** Frontmatter `title`, if it is a non-empty string. */
export function titleFrom(data: Record<string, unknown>): string | null {
  return firstString(findValue(data, ["title", "제목"]));
}

/** Subject: `⭕과목` / `subject` / first of `categories` (or `category`). */
export function subjectFrom(data: Record<string, unknown>): string | null {
  return firstString(findValue(data, ["과목", "subject"])) ?? firstString(findValue(data, ["categories", "category"]));
}

/** Tags from `tags` / `tag` (a list, or a string separated by commas or spaces), without `#`. */
export function tagsFrom(data: Record<string, unknown>): string[] {
  const raw = findValue(data, ["tags", "tag", "태그"]);
  const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
  const tags: string[] = [];
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const tag = String(item).trim().replace(/^#+/, "");
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
