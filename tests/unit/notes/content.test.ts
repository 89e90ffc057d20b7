/** Recall's own sample notes in content/: they parse cleanly, link to each other and cover every format. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";
import { renderNoteHtml } from "@/lib/notes/render";
import { listVaultFiles } from "@/lib/server/notes/vault-files";

const root = join(process.cwd(), "content");

describe("sample content", async () => {
  const paths = await listVaultFiles(root);
  const notes = paths.map((path) => ({ path, source: readFileSync(join(root, path), "utf8") }));
  const parsed = notes.map((note) => ({ ...note, result: parseNote(note.source, { path: note.path }) }));

  test("has 8–12 notes, each parsing without warnings into at least one card", () => {
    expect(notes.length).toBeGreaterThanOrEqual(8);
    expect(notes.length).toBeLessThanOrEqual(12);
    for (const note of parsed) {
      expect(note.result.warnings, note.path).toEqual([]);
      expect(note.result.cards.length, note.path).toBeGreaterThan(0);
    }
  });

  test("covers every card origin, review state in both key styles, Korean and English", () => {
    const origins = new Set(parsed.flatMap((note) => note.result.cards.map((card) => card.origin)));
    // Every explicit origin, the heading card, and number suggestions from plain bullets (issue 14).
    for (const origin of ["cloze", "cue", "heading", "highlight", "inline", "multiline", "table", "number"] as const)
      expect([...origins]).toContain(origin);
    expect(parsed.filter((note) => note.result.review !== null)).toHaveLength(2);
    expect(parsed.some((note) => note.source.includes("⭕첫 학습날"))).toBe(true);
    expect(parsed.some((note) => note.source.includes("firstStudied:"))).toBe(true);
    expect(parsed.some((note) => /\p{Script=Hangul}/u.test(note.source))).toBe(true);
  });

  test("every wikilink points at another sample note", () => {
    const titles = new Set(
      parsed.flatMap((note) => [note.result.title, note.path.replace(/^.*\//, "").replace(/\.md$/, "")]),
    );
    for (const note of parsed)
      for (const link of note.result.links) expect(titles.has(link), `${note.path} → ${link}`).toBe(true);
  });

  test("renders safely: raw script dropped, embeds resolved or shown as placeholders", () => {
    for (const note of parsed) {
      const html = renderNoteHtml(note.source, {
        noteExists: (title) => `/notes/${encodeURIComponent(title)}`,
        assetUrl: () => null,
      });
      expect(html).not.toMatch(/<script|javascript:/i);
    }
    const lambda = parsed.find((note) => note.path.endsWith("/Lambda.md"));
    expect(renderNoteHtml(lambda?.source ?? "")).toContain("embed-missing");
  });
});
