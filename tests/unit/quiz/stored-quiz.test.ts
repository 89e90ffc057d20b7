/** The quiz's JSON columns are parsed, not cast: a malformed row fails where it is read. */
import { describe, expect, test } from "vitest";
import { finishedResult, storedAnswers, storedQuestions, storedResult } from "@/lib/db/quiz/stored-quiz";

const result = {
  total: 2,
  answered: 2,
  correct: 1,
  percent: 50,
  passed: false,
  totalTimeMs: 4000,
  bySubject: [{ key: null, total: 2, correct: 1, percent: 50 }],
  byTag: [],
  effects: { lapses: ["c2"], reviews: ["c1"] },
};
const question = {
  id: "q1",
  index: 0,
  cardId: "c1",
  subject: "AWS",
  tags: ["sqs"],
  source: { cardId: "c1", noteId: "n1" },
  prompt: "Max message size?",
  type: "typed",
  expected: "256 KB",
};

describe("stored quiz columns", () => {
  test("well-formed columns come back as they were stored", () => {
    expect(storedResult({ result })).toEqual(result);
    expect(storedResult({ result: null })).toBeNull();
    expect(storedQuestions({ questions: { requestedCount: 1, questions: [question] } }).questions).toEqual([question]);
    const answer = { response: "256 KB", answeredAt: null, timeMs: 10, flagged: false, override: false };
    expect(storedAnswers({ answers: { q1: answer } })).toEqual({ q1: answer });
    expect(storedAnswers({ answers: null })).toEqual({});
  });

  test.each([
    ["a result with a text percent", () => storedResult({ result: { ...result, percent: "50" } })],
    ["a result without effects", () => storedResult({ result: { ...result, effects: undefined } })],
    [
      "a question of an unknown kind",
      () => storedQuestions({ questions: { requestedCount: 1, questions: [{ ...question, type: "essay" }] } }),
    ],
    ["an answer without its time", () => storedAnswers({ answers: { q1: { response: 1, answeredAt: null } } })],
  ])("%s is refused", (_name, read) => {
    expect(read).toThrow();
  });

  test("a finished quiz without a result is a bug, named by the quiz id", () => {
    expect(() => finishedResult({ id: "quiz-7", result: null })).toThrow(/quiz-7/);
  });
});
