import { describe, expect, test } from "vitest";
import { chooseDistractors, classifyAnswer, createRng, distractorCandidates, isSameAnswer } from "@/lib/quiz";
import { awsDeck, card } from "./cards";

const deck = awsDeck();
const byId = (id: string) => deck.find((c) => c.id === id)!;

describe("chooseDistractors", () => {
  test.each(["t1", "m1", "s1", "s2"])("draws three answers of the same kind for %s", (id) => {
    const target = byId(id);
    for (let seed = 0; seed < 20; seed++) {
      const picked = chooseDistractors(target, deck, createRng(seed));
      expect(picked).toHaveLength(3);
      for (const text of picked) expect(classifyAnswer(text)).toBe(classifyAnswer(target.back));
    }
  });

  test("a plain count gets other counts, and none when its subject has no other count", () => {
    expect(chooseDistractors(byId("n1"), deck, createRng(0))).toEqual([]);
    const counts = [card("q", "1,000", { id: "q" }), card("r", "3,000", { id: "r" }), card("s", "10 GB", { id: "s" })];
    const picked = chooseDistractors(counts[0]!, counts, createRng(0));
    expect(picked).toEqual(["3,000"]);
  });

  test("a time gets other times, a size other sizes", () => {
    expect(chooseDistractors(byId("t1"), deck, createRng(1)).sort()).toEqual(
      ["10 seconds", "14일", "30초", "3초"].filter((t) => t !== "10 seconds").sort(),
    ); // Korean times are preferred over the English one
    expect(chooseDistractors(byId("m1"), deck, createRng(1)).sort()).toEqual(["128 MB", "50 MB", "512 MB"]);
  });

  test("only the same subject; other dimensions only after every same-dimension answer", () => {
    const picked = chooseDistractors(byId("t1"), deck, createRng(3), 10);
    expect(picked).not.toContain("600 s"); // subject Simulator
    expect(picked.slice(0, 4).sort()).toEqual(["10 seconds", "14일", "30초", "3초"]);
    expect(picked.slice(4).sort()).toEqual(["10,240 MB", "128 MB", "50 MB", "512 MB"]);
  });

  test("never duplicates, never the right answer reworded", () => {
    const sqs = byId("s2"); // "Amazon SQS"; the deck also has "amazon  sqs", "Amazon S3" and "S3"
    const s3 = byId("s6");
    for (let seed = 0; seed < 50; seed++) {
      const forSqs = chooseDistractors(sqs, deck, createRng(seed));
      expect(forSqs).toHaveLength(3);
      expect(forSqs.some((d) => isSameAnswer(d, "Amazon SQS"))).toBe(false);
      const forS3 = chooseDistractors(s3, deck, createRng(seed));
      expect(forS3).not.toContain("S3");
      for (const [i, a] of forS3.entries()) {
        for (const b of forS3.slice(i + 1)) expect(isSameAnswer(a, b)).toBe(false);
      }
    }
  });

  test("rewordings of a number are excluded: 15 minutes, 900초 and 15분 are one answer", () => {
    const pool = [
      card("a", "15분", { id: "a" }),
      card("b", "15 minutes", { id: "b" }),
      card("c", "900초", { id: "c" }),
      card("d", "5분", { id: "d" }),
      card("e", "5 min", { id: "e" }),
      card("f", "1시간", { id: "f" }),
    ];
    expect(distractorCandidates(pool[0]!, pool)).toEqual(["5분", "1시간"]);
  });

  test("returns fewer when the pool is small, and nothing from an empty pool", () => {
    expect(chooseDistractors(byId("p1"), deck, createRng(1))).toEqual([]);
    expect(chooseDistractors(byId("t1"), [], createRng(1))).toEqual([]);
  });

  test("is reproducible for a seed and independent of pool order", () => {
    const a = chooseDistractors(byId("s1"), deck, createRng(42));
    const b = chooseDistractors(byId("s1"), deck.slice().reverse(), createRng(42));
    expect(b).toEqual(a);
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) seen.add(chooseDistractors(byId("s1"), deck, createRng(seed)).join("|"));
    expect(seen.size).toBeGreaterThan(1);
  });

  test("does not change its inputs", () => {
    const copy = structuredClone(deck);
    chooseDistractors(byId("s1"), deck, createRng(5));
    expect(deck).toEqual(copy);
  });
});
