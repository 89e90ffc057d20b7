/**
 * Issue 14: plain lecture notes give small, exam-ready cards. The plain-* fixtures are notes we wrote
 * (Korean and English, lecture and blog style) with their key facts listed in facts.json; a fact counts when
 * it is the answer of a small card (answer ≤ 80 characters, the fact not in the front). And the suggestion
 * rules never crash and always point at a real, non-blank line, whatever the note.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";
import type { ParsedCard } from "@/lib/notes/types";

const root = join(process.cwd(), "tests", "fixtures", "notes");
const plain = readdirSync(root).filter((name) => existsSync(join(root, name, "facts.json")));
const norm = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").toLowerCase();

/** The fact is what a small card asks for. */
function learnable(fact: string, cards: readonly ParsedCard[]): boolean {
  const wanted = norm(fact);
  return cards.some(
    (card) => card.back.length <= 80 && norm(card.back).includes(wanted) && !norm(card.front).includes(wanted),
  );
}

const notes = plain.map((name) => {
  const source = readFileSync(join(root, name, "input.md"), "utf8");
  const facts = JSON.parse(readFileSync(join(root, name, "facts.json"), "utf8")) as string[];
  return { name, source, facts, cards: parseNote(source).cards };
});

describe("plain lecture notes", () => {
  test("there are at least three, Korean and English, each listing its facts", () => {
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(notes.some((note) => /\p{Script=Hangul}/u.test(note.source))).toBe(true);
    expect(notes.some((note) => !/\p{Script=Hangul}/u.test(note.source))).toBe(true);
    for (const note of notes) {
      expect(note.facts.length, note.name).toBeGreaterThanOrEqual(5);
      for (const fact of note.facts) expect(norm(note.source), `${note.name}: ${fact}`).toContain(norm(fact));
      // Plain notes: every card is a suggestion.
      expect(note.cards.every((card) => card.suggested)).toBe(true);
    }
  });

  test("at least 80 % of the key facts are the answer of a small card", () => {
    const missed = notes.flatMap((note) => note.facts.filter((fact) => !learnable(fact, note.cards)));
    const total = notes.reduce((sum, note) => sum + note.facts.length, 0);
    expect(missed.length / total, `missed: ${missed.join(" | ")}`).toBeLessThanOrEqual(0.2);
  });

  test("at least 90 % of all cards have answers of 150 characters or fewer", () => {
    const cards = notes.flatMap((note) => note.cards);
    const small = cards.filter((card) => card.back.length <= 150);
    expect(small.length / cards.length).toBeGreaterThanOrEqual(0.9);
  });
});

const pieces = [
  "\n",
  "\n\n",
  "- ",
  "\t- ",
  "    - ",
  "1. ",
  "> ",
  "# ",
  "## A vs B\n",
  "- A vs B\n",
  "최대 15분",
  "1,000개",
  "400 KB",
  "$0.20",
  "99.99%",
  "2024-09-28",
  "3,2000,000초",
  "서버리스란 ",
  "Lambda는 ",
  "SQS는 풀 방식, SNS는 푸시 방식",
  "이다",
  "함",
  "X: ",
  " - ",
  " is ",
  "(= ",
  ")",
  "**",
  "`",
  "[link 5GB](https://x.io/10GB)",
  "https://example.com/5TB",
  "::",
  "==",
  "{{c1::",
  "}}",
  "?",
  "```\n",
  "| a | b |\n|---|---|\n",
  "### 단서 질문\n",
  "\u1112\u1161\u11ab",
  "\u0000",
  "word ",
  ". ",
];

describe("suggestions on any text", () => {
  test("never crash and always point at a real, non-blank line", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const source = parts.join("");
        const note = parseNote(source);
        expect(note.warnings.some((warning) => warning.message.includes("could not be parsed"))).toBe(false);
        const lines = source.normalize("NFC").split("\n");
        for (const card of note.cards.filter((each) => each.suggested)) {
          expect(card.line).toBeGreaterThanOrEqual(1);
          expect(card.line).toBeLessThanOrEqual(lines.length);
          expect((lines[card.line - 1] ?? "").trim(), JSON.stringify({ source, card })).not.toBe("");
          expect(card.back.trim()).not.toBe("");
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  }, 120_000);
});
