/** Card ids are stable: not line-based, unchanged by answer edits, distinct for duplicates. */
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";

const note = `# Lambda

### 단서 질문

- Max timeout?
    15 minutes
- Default concurrency?
    1,000 per Region

Memory range::128 MB to 10,240 MB
Max timeout::900 seconds

| Limit | Value |
| --- | --- |
| /tmp | 512 MB to 10,240 MB |
`;

const idsByFront = (source: string) =>
  new Map(parseNote(source).cards.map((card) => [`${card.origin}:${card.front}`, card.id]));

describe("card ids", () => {
  test("do not change when lines are inserted above", () => {
    const before = idsByFront(note);
    const after = idsByFront(`---\ntitle: x\n---\n\nIntro paragraph.\n\n${note}`);
    expect(after).toEqual(before);
    const lines = parseNote(`\n\n\n${note}`).cards.map((card) => card.line);
    expect(lines).toEqual(parseNote(note).cards.map((card) => card.line + 3));
  });

  test("do not change when only the answer changes", () => {
    const edited = note.replace("15 minutes", "15 minutes (900 s)").replace("128 MB to 10,240 MB", "128–10,240 MB");
    expect(idsByFront(edited)).toEqual(idsByFront(note));
  });

  test("do not change when blocks are reordered", () => {
    const reordered = note.replace(
      "Memory range::128 MB to 10,240 MB\nMax timeout::900 seconds",
      "Max timeout::900 seconds\nMemory range::128 MB to 10,240 MB",
    );
    expect(idsByFront(reordered)).toEqual(idsByFront(note));
  });

  test("differ across origins with the same front, and for duplicates", () => {
    const cards = parseNote("a::1\na::2\n\n- x\n\nb::c").cards;
    expect(cards).toHaveLength(3);
    expect(new Set(cards.map((card) => card.id)).size).toBe(3);
    const all = parseNote(note).cards.map((card) => card.id);
    expect(new Set(all).size).toBe(all.length);
  });

  test("ignore whitespace and case differences in the front", () => {
    const [a] = parseNote("Max  Timeout ::15 min").cards;
    const [b] = parseNote("max timeout::15 min").cards;
    expect(a?.id).toBe(b?.id);
  });

  test("are the same for NFC and NFD Korean", () => {
    const text = "람다 최대 실행 시간::15분";
    expect(parseNote(text.normalize("NFD")).cards[0]).toEqual(parseNote(text).cards[0]);
  });

  test("CRLF line endings give the same cards, lines and ids", () => {
    expect(parseNote(note.replace(/\n/g, "\r\n")).cards).toEqual(parseNote(note).cards);
    expect(parseNote(note.replace(/\n/g, "\r\n")).cues).toEqual(parseNote(note).cues);
  });
});
