/** parseNote, renderNoteHtml and the review-state functions never throw, whatever the input. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";
import { renderNoteHtml } from "@/lib/notes/render";
import { readReviewState, writeReviewState } from "@/lib/notes/review";

const pieces = [
  "---\n",
  "---",
  "\n",
  "\n\n",
  "    ",
  "\t",
  "- ",
  "1. ",
  "> ",
  "> [!note] ",
  "# ",
  "### 단서 질문\n",
  "## Cues\n",
  "::",
  ":::",
  "?",
  "\n?\n",
  "\n??\n",
  "==",
  "{{c1::",
  "}}",
  "[[",
  "]]",
  "![[",
  '<span style="background-color:#ff0">',
  "</span>",
  "<script>",
  "| a | b |\n|---|---|\n",
  "| ",
  " |",
  "```",
  "`",
  "**",
  "*",
  "_",
  "~~",
  "[x](javascript:alert(1))",
  "⭕첫 학습날: 2024-02-30\n",
  "❤1일복습여부: true\n",
  "title: [\n",
  "\u0000",
  "\uFFFD",
  "\uD800",
  "한글",
  "한",
  "😀",
  "\r\n",
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: "binary" })), { maxLength: 60 })
  .map((parts) => parts.join(""));

function check(source: string): void {
  const note = parseNote(source, { path: "fuzz.md" });
  expect(typeof note.title).toBe("string");
  expect(() => JSON.stringify(note)).not.toThrow();
  for (const card of note.cards) {
    expect(card.line).toBeGreaterThanOrEqual(1);
    expect(card.id).toMatch(/^[0-9a-f]{20}$/);
  }
  expect(new Set(note.cards.map((card) => card.id)).size).toBe(note.cards.length);
}

describe("fuzz", () => {
  test("random Markdown-like text", () => {
    fc.assert(
      fc.property(markdownish, (source) => check(source)),
      { numRuns: 400 },
    );
  });

  test("random strings and binary junk", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (source) => check(source)),
      { numRuns: 200 },
    );
    const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("");
    check(junk);
  });

  test("rendering and review-state functions never throw", () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        expect(typeof renderNoteHtml(source, { noteExists: () => "/n", assetUrl: () => null })).toBe("string");
        readReviewState(source);
        const state = {
          firstStudied: "2025-01-01",
          checkpoints: { "1": true, "4": false, "7": false, "14": false },
          longTerm: false,
        };
        const written = writeReviewState(source, state);
        expect(typeof written).toBe("string");
      }),
      { numRuns: 200 },
    );
  });

  test("huge lines and deep nesting", () => {
    check(`${"word ".repeat(200_000)}::${"x".repeat(50_000)}`);
    // Sizes where remark itself stays under a second (its nested-list parsing is quadratic).
    check(`${"> ".repeat(1_000)}deep quote`);
    check(Array.from({ length: 250 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n"));
    check(Array.from({ length: 250 }, (_, i) => `${"\t".repeat(i)}- [[link ${i}]] a::b`).join("\n"));
    check(`${"[".repeat(2_000)}${"]".repeat(2_000)}`);
    check(`${"*".repeat(3_000)}text${"*".repeat(3_000)}`);
    check(`| a | b |\n|---|---|\n${"| x | y |\n".repeat(3_000)}`);
    check(`<span style="background-color:red">${"<span>".repeat(3_000)}`);
    check(`${"==a== {{c1::b}} ".repeat(2_000)}`);
    expect(renderNoteHtml(`${"> ".repeat(500)}deep`)).toContain("deep");
  }, 60_000);
});
