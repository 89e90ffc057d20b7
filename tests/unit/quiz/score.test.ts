import { describe, expect, test } from "vitest";
import {
  buildQuiz,
  gradeQuestion,
  isLate,
  type Question,
  type Quiz,
  type QuizAnswer,
  type QuizResponse,
  remainingSeconds,
  scheduleEffects,
  scoreQuiz,
} from "@/lib/quiz";
import { awsDeck } from "./cards";

const quiz = buildQuiz({ cards: awsDeck(), mode: "exam", count: 100, seed: 11 });

/** The right response to a question. */
function rightResponse(q: Question): QuizResponse {
  if (q.type === "multiple-choice") return q.correctOption;
  if (q.type === "true-false") return q.correct;
  return q.expected;
}
/** A wrong response to a question. */
function wrongResponse(q: Question): QuizResponse {
  if (q.type === "multiple-choice") return (q.correctOption + 1) % q.options.length;
  if (q.type === "true-false") return !q.correct;
  return "completely wrong";
}

const questionOf = (cardId: string) => quiz.questions.find((q) => q.cardId === cardId)!;

describe("gradeQuestion", () => {
  test("typed answers are graded tolerantly, and an override makes a wrong one right", () => {
    const typed: Question = { ...questionOf("p1"), type: "typed", expected: "15분" };
    expect(gradeQuestion(typed, "15 minutes").correct).toBe(true);
    const wrong = gradeQuestion(typed, "16 minutes");
    expect(wrong).toMatchObject({ answered: true, correct: false, overridden: false });
    expect(gradeQuestion(typed, "16 minutes", true)).toMatchObject({ correct: true, overridden: true, score: 1 });
    expect(gradeQuestion(typed, "15분", true).overridden).toBe(false);
  });

  test("responses of the wrong shape count as unanswered", () => {
    const mc = quiz.questions.find((q) => q.type === "multiple-choice")!;
    expect(gradeQuestion(mc, "0").answered).toBe(false);
    expect(gradeQuestion(mc, 4).answered).toBe(false);
    expect(gradeQuestion(mc, null).answered).toBe(false);
    expect(gradeQuestion(mc, rightResponse(mc))).toMatchObject({ answered: true, correct: true, score: 1 });
  });
});

describe("scoreQuiz", () => {
  const wrongCards = new Set(["t1", "s1", "m2"]);
  const skipped = new Set(["p1"]);
  const answers: QuizAnswer[] = quiz.questions
    .filter((q) => !skipped.has(q.cardId))
    .map((q) => ({
      questionId: q.id,
      response: wrongCards.has(q.cardId) ? wrongResponse(q) : rightResponse(q),
      timeMs: 1000 * (q.index + 1),
    }));

  test("totals, pass mark and wrong answers", () => {
    const score = scoreQuiz(quiz, answers, { passPercent: 72 });
    const total = quiz.questions.length; // 22
    expect(score.total).toBe(total);
    expect(score.answered).toBe(total - 1);
    expect(score.correct).toBe(total - 4);
    expect(score.percent).toBe(Math.round(((total - 4) / total) * 1000) / 10);
    expect(score.passed).toBe(true);
    expect(scoreQuiz(quiz, answers, { passPercent: 90 }).passed).toBe(false);
    expect(score.wrong.map((r) => r.cardId).sort()).toEqual(["m2", "p1", "s1", "t1"]);
    expect(score.wrong.every((r) => r.question.source.noteTitle === "AWS Lambda")).toBe(true);
  });

  test("per-subject and per-tag breakdown, weakest first", () => {
    const score = scoreQuiz(quiz, answers, { passPercent: 72 });
    expect(score.bySubject).toEqual([
      { key: "AWS", total: 21, correct: 17, percent: 81 },
      { key: "Simulator", total: 1, correct: 1, percent: 100 },
    ]);
    const tag = (key: string) => score.byTag.find((b) => b.key === key);
    expect(tag("limits")).toEqual({ key: "limits", total: 4, correct: 3, percent: 75 });
    expect(tag("database")).toEqual({ key: "database", total: 1, correct: 0, percent: 0 });
    expect(tag("messaging")).toEqual({ key: "messaging", total: 3, correct: 3, percent: 100 });
    expect(score.byTag[0]!.percent).toBe(0);
  });

  test("time per question and total time", () => {
    const score = scoreQuiz(quiz, answers, { passPercent: 72 });
    const q5 = score.questions[4]!;
    expect(q5.timeMs).toBe(q5.cardId === "p1" ? 0 : 5000);
    const expectedTotal = answers.reduce((s, a) => s + (a.timeMs ?? 0), 0);
    expect(score.totalTimeMs).toBe(expectedTotal);
  });

  test("an answer saved twice counts once (the last one wins)", () => {
    const q = questionOf("s2");
    const twice = [
      ...answers,
      { questionId: q.id, response: wrongResponse(q) },
      { questionId: q.id, response: rightResponse(q) },
    ];
    const score = scoreQuiz(quiz, twice, { passPercent: 72 });
    expect(score.correct).toBe(scoreQuiz(quiz, answers, { passPercent: 72 }).correct);
    expect(score.questions.filter((r) => r.cardId === "s2")).toHaveLength(1);
  });

  test("answers after the deadline plus grace are ignored; unknown questions are reported", () => {
    const startedAt = new Date("2026-05-01T09:00:00Z");
    const limit = quiz.timeLimitSeconds!; // 22 × 120 s
    const at = (s: number) => new Date(startedAt.getTime() + s * 1000);
    const q = questionOf("s2");
    const timed: QuizAnswer[] = [
      ...answers.filter((a) => a.questionId !== q.id),
      { questionId: q.id, response: rightResponse(q), answeredAt: at(limit + 6) },
      { questionId: "q999", response: 1 },
    ];
    const score = scoreQuiz(quiz, timed, { passPercent: 72, startedAt });
    expect(score.lateQuestionIds).toEqual([q.id]);
    expect(score.unknownQuestionIds).toEqual(["q999"]);
    expect(score.questions.find((r) => r.cardId === "s2")!.answered).toBe(false);
    const inGrace = timed.map((a) => (a.questionId === q.id ? { ...a, answeredAt: at(limit + 4) } : a));
    expect(scoreQuiz(quiz, inGrace, { passPercent: 72, startedAt }).lateQuestionIds).toEqual([]);
  });

  test("does not change the quiz or the answers", () => {
    const before = structuredClone({ quiz, answers });
    scoreQuiz(quiz, answers, { passPercent: 72 });
    expect({ quiz, answers }).toEqual(before);
  });
});

describe("scheduleEffects", () => {
  const result = (cardId: string, answered: boolean, correct: boolean) => ({ cardId, answered, correct });

  test("wrong → lapse; right and due → review; right but not due or skipped → unchanged", () => {
    const effects = scheduleEffects(
      [result("a", true, false), result("b", true, true), result("c", true, true), result("d", false, false)],
      ["b", "d"],
    );
    expect(effects).toEqual({ lapses: ["a"], reviews: ["b"], unchanged: ["c", "d"] });
  });

  test("exactly once per card, even when a card is asked twice; wrong anywhere wins", () => {
    const effects = scheduleEffects(
      [
        result("a", true, true),
        result("a", true, false),
        result("b", true, true),
        result("b", false, false),
        result("b", true, true),
      ],
      new Set(["a", "b"]),
    );
    expect(effects).toEqual({ lapses: ["a"], reviews: ["b"], unchanged: [] });
  });

  test("from a scored quiz, every card appears in exactly one list", () => {
    const quizDue = ["t1", "s2", "m1", "z1"];
    const score = scoreQuiz(
      quiz as Quiz,
      quiz.questions.map((q) => ({
        questionId: q.id,
        response: q.cardId === "t1" ? wrongResponse(q) : rightResponse(q),
      })),
      { passPercent: 70 },
    );
    const effects = scheduleEffects(score.questions, quizDue);
    expect(effects.lapses).toEqual(["t1"]);
    expect(effects.reviews.sort()).toEqual(["m1", "s2", "z1"]);
    const all = [...effects.lapses, ...effects.reviews, ...effects.unchanged];
    expect(all).toHaveLength(quiz.questions.length);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("exam timer", () => {
  const start = new Date("2026-05-01T09:00:00Z");
  const later = (ms: number) => new Date(start.getTime() + ms);

  test.each([
    [0, 7800],
    [500, 7800], // rounds up
    [60_500, 7740],
    [7_800_000, 0],
    [9_000_000, 0], // never negative
  ])("after %i ms, %i s remain of 130 minutes", (elapsed, remaining) => {
    expect(remainingSeconds(start, 7800, later(elapsed))).toBe(remaining);
  });

  test("untimed quizzes have no remaining time and are never late", () => {
    expect(remainingSeconds(start, null, later(1e9))).toBeNull();
    expect(isLate(later(1e9), start, null)).toBe(false);
  });

  test.each([
    [7_800_000, false],
    [7_805_000, false], // within the 5 s grace
    [7_805_001, true],
  ])("submitted %i ms after the start: late = %s", (elapsed, late) => {
    expect(isLate(later(elapsed), start, 7800)).toBe(late);
  });

  test("grace is configurable", () => {
    expect(isLate(later(7_801_000), start, 7800, 0)).toBe(true);
  });
});
