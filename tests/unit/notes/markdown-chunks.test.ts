/** Parsing a note in parts (issue 19) gives exactly the tree of one parse: positions, lists, code, HTML. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateLargeNote, generateVault } from "@/bench/generate-vault";
import { parseMarkdownWhole } from "@/lib/notes/markdown";
import { boundaryOffsets, parseInParts } from "@/lib/notes/markdown-chunks";

/** Lines chosen to straddle cuts: things that stay open across a blank line, or continue after one. */
const LINES = [
  "",
  "",
  "",
  "   ",
  "\t",
  "# Heading",
  "## Sub heading #tag",
  "Plain text with *emphasis*, `code` and [[Link]].",
  "more text",
  "Setext",
  "===",
  "---",
  "***",
  "- item",
  "* star item",
  "+ plus item",
  "- [ ] task",
  "  - nested item",
  "\t- tab nested",
  "    - deep nested",
  "  continuation of an item",
  "1. ordered",
  "2) ordered",
  "10. ten",
  "    indented code",
  "> quote",
  "> [!note] callout",
  ">",
  "> - quoted item",
  "```",
  "```js",
  "````",
  "~~~",
  "  ```",
  "- ```",
  "> ```",
  "<!-- comment",
  "-->",
  "<div>",
  "</div>",
  "<script>",
  "</script>",
  "<pre>",
  "</pre>",
  '<span style="background-color:#fff5b1">marked</span>',
  "| a | b |",
  "| --- | --- |",
  "| x | y |",
  "front::back",
  "Question",
  "?",
  "==highlight== and {{c1::cloze}}",
  "$$",
  "\\",
  "text with trailing spaces  ",
];

const line = fc.constantFrom(...LINES);
const note = fc
  .tuple(
    fc.constantFrom("", "---\ntitle: x\n\nmore: y\n---\n", "---\n\ntext\n", "---\na: b\n"),
    fc.array(line, { minLength: 1, maxLength: 80 }),
    fc.boolean(),
  )
  .map(([head, lines, newline]) => head + lines.join("\n") + (newline ? "\n" : ""));

describe("parseInParts", () => {
  test("any note: the tree of the parts equals the tree of one parse", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(note, fc.integer({ min: 1, max: 200 }), (source, partChars) => {
        expect(parseInParts(source, parseMarkdownWhole, partChars)).toEqual(parseMarkdownWhole(source));
      }),
      { numRuns: 400 },
    );
  });

  test("the fixtures, the generated vault and the seed notes: same tree, and cut in many places", {
    timeout: 60_000,
  }, () => {
    const fixtures = join(process.cwd(), "tests", "fixtures", "notes");
    // ../shared/seeds beside the main checkout, ../../shared/seeds beside a worktree.
    const seeds =
      [join(process.cwd(), "..", "shared", "seeds"), join(process.cwd(), "..", "..", "shared", "seeds")].find(
        existsSync,
      ) ?? "";
    const sources = [
      ...readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name, "input.md"), "utf8")),
      ...generateVault(8, 3).map((generated) => generated.source),
      generateLargeNote(24 * 1024, 5).source,
      ...(seeds ? readdirSync(seeds).map((name) => readFileSync(join(seeds, name), "utf8")) : []),
    ];
    let cuts = 0;
    for (const source of sources) {
      expect(parseInParts(source, parseMarkdownWhole, 64)).toEqual(parseMarkdownWhole(source));
      cuts += boundaryOffsets(source).length;
    }
    expect(cuts).toBeGreaterThan(sources.length * 5);
  });

  test("a large note at the default part size: cut in many places, the same tree", { timeout: 60_000 }, () => {
    const source = generateLargeNote(48 * 1024, 11).source;
    expect(boundaryOffsets(source).length).toBeGreaterThan(50);
    let parts = 0;
    const counting = (text: string) => {
      parts++;
      return parseMarkdownWhole(text);
    };
    expect(parseInParts(source, counting)).toEqual(parseMarkdownWhole(source));
    expect(parts).toBeGreaterThan(3);
  });

  test.each([
    ["a fenced block with a blank line", "# A\n\n```\ncode\n\nText after the blank line\n```\n\nText\n"],
    ["an unclosed fence", "Intro\n\n```js\nlet a;\n\nHeading\n\nMore\n"],
    ["a fence left open in a list item", "- ```\n\n```\n\nText\n"],
    ["an HTML comment", "Intro\n\n<!-- note\n\nstill a comment -->\n\nText\n"],
    ["a loose list", "- one\n\n- two\n\n1. three\n\n2. four\n\nText\n"],
    ["frontmatter with a blank line", "---\ntitle: x\n\ntags: [a]\n---\n\nText\n\nMore\n"],
  ])("%s", (_name, source) => {
    expect(parseInParts(source, parseMarkdownWhole, 1)).toEqual(parseMarkdownWhole(source));
  });

  test("a note that may hold a definition is not cut (definitions apply to the whole note)", () => {
    expect(boundaryOffsets("See [the docs][d].\n\nText\n\n[d]: https://example.com\n")).toEqual([]);
    expect(boundaryOffsets("A footnote[^1].\n\nText\n\n[^1]: the note\n")).toEqual([]);
    expect(boundaryOffsets("A\n\nB\n\n- c\n\nD\n")).toEqual([3, 11]);
  });
});
