import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import {
  buildQuiz,
  chooseQuestionType,
  clozePrompt,
  eligibleQuestionTypes,
  type Question,
  toPublicQuestion,
} from "@/lib/quiz";
import { awsDeck, card } from "./cards";

const deck = awsDeck();
const byId = (id: string) => deck.find((c) => c.id === id)!;

describe("chooseQuestionType", () => {
  test.each([
    ["z1", "cloze"], // cloze card
    ["b1", "true-false"], // yes/no answer
    ["t1", "true-false"], // fact with distractors
    ["m1", "multiple-choice"], // sizes: three other sizes exist
    ["s1", "multiple-choice"], // service names
    ["p1", "typed"], // no other phrase of its kind: falls back to typed
    ["t6", "typed"], // alone in its subject: no distractor for a false statement
  ])("%s → %s", (id, type) => {
    expect(chooseQuestionType(byId(id), deck)).toBe(type);
  });

  test("multiple choice needs three distractors", () => {
    const small = [
      card("a", "Amazon SQS", { id: "a" }),
      card("b", "Amazon SNS", { id: "b" }),
      card("c", "AWS Lambda", { id: "c" }),
    ];
    expect(eligibleQuestionTypes(small[0]!, small)).toEqual(["typed"]);
    const enough = [...small, card("d", "Amazon Kinesis", { id: "d" })];
    expect(eligibleQuestionTypes(enough[0]!, enough)).toEqual(["multiple-choice", "typed"]);
  });

  test("respects allowed types and keeps typed as the last resort", () => {
    expect(chooseQuestionType(byId("t1"), deck, { allowed: ["multiple-choice"] })).toBe("multiple-choice");
    expect(chooseQuestionType(byId("z1"), deck, { allowed: ["multiple-choice"] })).toBe("typed");
    expect(chooseQuestionType(byId("s1"), deck, { allowed: ["typed"] })).toBe("typed");
  });
});

test.each([
  ["{{c1::Lambda}} runs code", "____ runs code"],
  ["{{Lambda}} runs code", "____ runs code"],
  ["[...] runs code", "____ runs code"],
  ["_____ runs  code", "____ runs code"],
])("cloze prompt %s", (front, prompt) => {
  expect(clozePrompt(front)).toBe(prompt);
});

describe("buildQuiz", () => {
  const input = { cards: deck, mode: "practice" as const, count: 10, seed: 2024 };

  test("the same seed gives the same quiz; another seed another order", () => {
    expect(buildQuiz(input)).toEqual(buildQuiz({ ...input, cards: deck.slice().reverse() }));
    expect(buildQuiz({ ...input, seed: 7 }).questions.map((q) => q.cardId)).not.toEqual(
      buildQuiz(input).questions.map((q) => q.cardId),
    );
  });

  test("asks each card at most once, with ids q1…", () => {
    const quiz = buildQuiz({ ...input, count: 100 });
    expect(quiz.questions).toHaveLength(deck.length);
    expect(quiz.requestedCount).toBe(100);
    expect(new Set(quiz.questions.map((q) => q.cardId)).size).toBe(deck.length);
    expect(quiz.questions.map((q) => q.id)).toEqual(deck.map((_, i) => `q${i + 1}`));
  });

  test("every question is well formed", () => {
    for (let seed = 0; seed < 10; seed++) {
      for (const q of buildQuiz({ ...input, count: 100, seed }).questions) checkQuestion(q);
    }
  });

  test("true/false statements are sometimes false, built from a distractor", () => {
    const statements = Array.from({ length: 20 }, (_, seed) => buildQuiz({ ...input, count: 100, seed }))
      .flatMap((quiz) => quiz.questions)
      .filter((q) => q.type === "true-false" && q.cardId === "t1");
    expect(statements.some((q) => q.type === "true-false" && q.correct)).toBe(true);
    const falseOne = statements.find((q) => q.type === "true-false" && !q.correct);
    expect(falseOne?.type === "true-false" && falseOne.statement).toMatch(
      /^Lambda 최대 실행 시간: (30초|14일|3초|10 seconds)$/,
    );
  });

  test("exam mode defaults to two minutes a question; practice is untimed", () => {
    expect(buildQuiz({ ...input, mode: "exam", count: 5 }).timeLimitSeconds).toBe(600);
    expect(buildQuiz({ ...input, mode: "exam", timeLimitSeconds: 7800 }).timeLimitSeconds).toBe(7800);
    expect(buildQuiz(input).timeLimitSeconds).toBeNull();
  });

  test("bad input is refused with a clear error", () => {
    expect(() => buildQuiz({ ...input, cards: [] })).toThrow(AppError);
    expect(() => buildQuiz({ ...input, cards: [] })).toThrow(/at least one card/);
    expect(() => buildQuiz({ ...input, count: 0 })).toThrow(/positive whole number/);
    expect(() => buildQuiz({ ...input, count: 2.5 })).toThrow(AppError);
    expect(() => buildQuiz({ ...input, timeLimitSeconds: -1 })).toThrow(/time limit/);
  });

  test("a single card cannot be multiple choice and is typed", () => {
    const quiz = buildQuiz({ ...input, cards: [byId("s1")] });
    expect(quiz.questions.map((q) => q.type)).toEqual(["typed"]);
  });

  test("does not change its input", () => {
    const copy = structuredClone(deck);
    buildQuiz(input);
    expect(deck).toEqual(copy);
  });

  test("public questions carry no answers", () => {
    for (const q of buildQuiz({ ...input, count: 100 }).questions) {
      const json = JSON.stringify(toPublicQuestion(q));
      expect(json).not.toMatch(/"expected"|"correctOption"|"correct"/);
      expect(toPublicQuestion(q).prompt).toBe(q.prompt);
    }
  });
});

function checkQuestion(q: Question): void {
  switch (q.type) {
    case "multiple-choice":
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options).size).toBe(4);
      expect(q.options[q.correctOption]).toBe(q.expected);
      break;
    case "cloze":
      expect(q.prompt).toContain("____");
      break;
    case "true-false":
      expect(typeof q.correct).toBe("boolean");
      break;
    case "typed":
      expect(q.expected.length).toBeGreaterThan(0);
      break;
  }
  expect(q.source.noteId).toBe("n-lambda");
}
