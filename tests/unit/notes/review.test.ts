/** Review state in frontmatter: reading (Korean emoji keys, plain keys, variations) and line-exact writing. */
import { describe, expect, test } from "vitest";
import { readReviewState, toStudyDay, writeReviewState } from "@/lib/notes/review";
import type { ReviewState } from "@/lib/notes/types";

const korean = `---
⭕첫 학습날: 2024-09-28
⭕과목: AWS
❤1일복습여부: true
🧡4일복습여부: false
💛7일복습여부: false
💚14일복습여부: false
🧠장기기억: false
진행바: 🟩🟩⬜⬜ 50%   # progress
---
# Body

Keep::this
`;

const state: ReviewState = {
  firstStudied: "2024-10-01",
  checkpoints: { "1": true, "4": true, "7": true, "14": false },
  longTerm: true,
};

describe("readReviewState", () => {
  test("reads Korean emoji keys", () => {
    expect(readReviewState(korean)).toEqual({
      firstStudied: "2024-09-28",
      checkpoints: { "1": true, "4": false, "7": false, "14": false },
      longTerm: false,
    });
  });

  test.each([
    ["emoji with variation selector and spaces", "⭕ 첫 학습날: 2024-01-02\n❤️ 1일 복습여부: true\n🧠 장기기억: true"],
    ["no emoji", "첫학습날: 2024-01-02\n1일복습여부: true\n장기기억: true"],
    ["plain keys", "firstStudied: 2024-01-02\nreview1: true\nlongTerm: true"],
    ["plain keys, other case and separators", "first_studied: '2024/1/2'\nReview-1: yes\nlong_term: 1"],
  ])("tolerates %s", (_name, yaml) => {
    expect(readReviewState(`---\n${yaml}\n---\nbody`)).toEqual({
      firstStudied: "2024-01-02",
      checkpoints: { "1": true, "4": false, "7": false, "14": false },
      longTerm: true,
    });
  });

  test("null without frontmatter, without a first-study date, or with an impossible date", () => {
    expect(readReviewState("# no frontmatter")).toBeNull();
    expect(readReviewState("---\nreview1: true\n---\n")).toBeNull();
    expect(readReviewState("---\nfirstStudied: 2024-02-30\n---\n")).toBeNull();
  });

  test.each([
    ["2024-09-28", "2024-09-28"],
    ["2024/9/8", "2024-09-08"],
    ["2024.09.28", "2024-09-28"],
    ["2024년 9월 28일", "2024-09-28"],
    ["@2024년 10월 2일 오후 1:59", "2024-10-02"],
    ["2023-02-29", null],
    ["tomorrow", null],
  ])("toStudyDay(%s) = %s", (input, expected) => {
    expect(toStudyDay(input)).toBe(expected);
  });
});

describe("writeReviewState", () => {
  test("rewrites only the review lines; every other byte is identical", () => {
    const written = writeReviewState(korean, state);
    const before = korean.split("\n");
    const after = written.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => (line === before[i] ? null : i)).filter((i) => i !== null);
    expect(changed).toEqual([1, 4, 5, 7]);
    expect(after[1]).toBe("⭕첫 학습날: 2024-10-01");
    expect(after[7]).toBe("🧠장기기억: true");
    expect(readReviewState(written)).toEqual(state);
  });

  test("round trip: writing the state read leaves the file byte-identical", () => {
    const current = readReviewState(korean);
    expect(current).not.toBeNull();
    expect(writeReviewState(korean, current as ReviewState)).toBe(korean);
  });

  test("keeps CRLF line endings and comments", () => {
    const crlf = "---\r\nfirstStudied: 2024-01-01 # first day\r\nreview1: false\r\nother: x\r\n---\r\nbody\r\n";
    const written = writeReviewState(crlf, state);
    expect(written).toContain("firstStudied: 2024-10-01 # first day\r\n");
    expect(written).toContain("other: x\r\n---\r\nbody\r\n");
    expect(written.replace(/\r\n/g, "")).not.toContain("\n");
    expect(readReviewState(written)).toEqual(state);
  });

  test("adds missing keys in the note's style after the last review key", () => {
    const partial = "---\n⭕첫 학습날: 2024-09-28\n❤1일복습여부: true\ntitle: keep\n---\nbody\n";
    const written = writeReviewState(partial, state);
    expect(written).toBe(
      "---\n⭕첫 학습날: 2024-10-01\n❤1일복습여부: true\n🧡4일복습여부: true\n💛7일복습여부: true\n💚14일복습여부: false\n🧠장기기억: true\ntitle: keep\n---\nbody\n",
    );
  });

  test("adds plain keys when the note had none, and frontmatter when there was none", () => {
    expect(writeReviewState("---\ntitle: t\n---\nbody", state)).toBe(
      "---\ntitle: t\nfirstStudied: 2024-10-01\nreview1: true\nreview4: true\nreview7: true\nreview14: false\nlongTerm: true\n---\nbody",
    );
    const fresh = writeReviewState("# Note\n", state);
    expect(fresh.endsWith("---\n# Note\n")).toBe(true);
    expect(readReviewState(fresh)).toEqual(state);
  });

  test("replaces a block value's continuation lines", () => {
    const block = "---\nfirstStudied:\n  2024-01-01\nreview1: false\n---\n";
    expect(writeReviewState(block, state)).toContain("firstStudied: 2024-10-01\nreview1: true\n");
  });
});
