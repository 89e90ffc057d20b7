import { describe, expect, test, vi } from "vitest";
import { buildMockExam, findExamProfile, type MockCard, mockQuestionType, mockResult } from "@/lib/exams";
import { gradeQuestion, type MultipleResponseQuestion, scoreQuiz, toPublicQuestion } from "@/lib/quiz";

const saa = findExamProfile("SAA-C03")!;
// Building distractors is CPU-heavy and the test machine is shared: allow time, assert no timings.
vi.setConfig({ testTimeout: 120_000 });

/** `perDomain[i]` cards in domain i+1, each with its own size in MB (plenty of distractors of one kind). */
function deck(perDomain: number[]): MockCard[] {
  return perDomain.flatMap((n, d) =>
    Array.from({ length: n }, (_, k) => ({
      id: `d${d + 1}-${String(k).padStart(2, "0")}`,
      noteId: `note-${d + 1}`,
      noteTitle: `Domain ${d + 1} note`,
      subject: "AWS",
      tags: [],
      type: "qa" as const,
      front: `Which service fits case ${d + 1}.${k}?`,
      back: `${(d * 100 + k + 1) * 8} MB`,
      domainId: String(d + 1),
    })),
  );
}

describe("buildMockExam", () => {
  test("50 questions of SAA-C03 are 15/13/12/10 by domain, mixed, numbered q1…q50, 100 minutes", () => {
    const mock = buildMockExam({ profile: saa, cards: deck([18, 16, 14, 12]), count: 50, seed: 7 });
    expect(mock.allocation.map((a) => a.questions)).toEqual([15, 13, 12, 10]);
    const perDomain = (id: string) => Object.values(mock.questionDomains).filter((d) => d === id).length;
    expect(["1", "2", "3", "4"].map(perDomain)).toEqual([15, 13, 12, 10]);
    expect(mock.quiz.questions.map((q) => q.id)).toEqual(Array.from({ length: 50 }, (_, i) => `q${i + 1}`));
    expect(mock.quiz.timeLimitSeconds).toBe(100 * 60);
    // Domains are interleaved, not in blocks.
    expect(mock.quiz.questions.slice(0, 15).every((q) => mock.questionDomains[q.id] === "1")).toBe(false);
  });

  test("the full exam by default: 65 questions, 130 minutes; some 'choose two' where cards allow", () => {
    // 19/17/16/13 questions, each domain with 3/3/3/2 spare cards for floor(n/5) = 3/3/3/2 choose-two
    const mock = buildMockExam({ profile: saa, cards: deck([22, 20, 19, 15]), seed: 3 });
    expect(mock.quiz.questions).toHaveLength(65);
    expect(mock.quiz.timeLimitSeconds).toBe(130 * 60);
    const types = mock.quiz.questions.map(mockQuestionType);
    expect(types.filter((t) => t === "multiple")).toHaveLength(11);
  });

  test("no spare cards, no 'choose two': each card asked once", () => {
    const mock = buildMockExam({ profile: saa, cards: deck([15, 13, 12, 10]), count: 50, seed: 1 });
    expect(mock.quiz.questions.map(mockQuestionType).every((t) => t === "single")).toBe(true);
    expect(new Set(mock.quiz.questions.map((q) => q.cardId)).size).toBe(50);
  });

  // 48 over 26/24/20: quotas 17.83/16.46/13.71 → 17/16/13, the two spare to .83 and .71
  test("a domain with few cards gives its share to the others", () => {
    const mock = buildMockExam({ profile: saa, cards: deck([2, 20, 18, 16]), count: 50, seed: 1 });
    expect(mock.allocation.map((a) => a.questions)).toEqual([2, 18, 16, 14]);
  });

  test("the same seed gives the same mock", () => {
    const a = buildMockExam({ profile: saa, cards: deck([8, 8, 8, 8]), count: 20, seed: 9 });
    const b = buildMockExam({ profile: saa, cards: deck([8, 8, 8, 8]), count: 20, seed: 9 });
    expect(a).toEqual(b);
  });
});

describe("choose-two questions", () => {
  const mock = buildMockExam({ profile: saa, cards: deck([12, 0, 0, 0]), count: 10, seed: 3 });
  const multi = mock.quiz.questions.find((q) => q.type === "multiple-response") as MultipleResponseQuestion;

  test("five options, two right; right only when exactly both are picked; answers hidden from the browser", () => {
    expect(multi.options).toHaveLength(5);
    expect(multi.correctOptions).toHaveLength(2);
    const [x, y] = multi.correctOptions as [number, number];
    const wrong = [0, 1, 2, 3, 4].find((i) => i !== x && i !== y)!;
    expect(gradeQuestion(multi, [y, x]).correct).toBe(true);
    expect(gradeQuestion(multi, [x]).correct).toBe(false);
    expect(gradeQuestion(multi, [x, y, wrong]).correct).toBe(false);
    expect(gradeQuestion(multi, [x, 9]).answered).toBe(false);
    expect(toPublicQuestion(multi)).not.toHaveProperty("correctOptions");
  });
});

describe("mockResult", () => {
  test("scaled score of the fraction right, per-domain scores, weakest notes", () => {
    const mock = buildMockExam({ profile: saa, cards: deck([15, 13, 12, 10]), count: 50, seed: 5 });
    // Answer every domain-1 and domain-2 question right (28 of 50 = 0.56), leave the rest unanswered.
    const answers = mock.quiz.questions
      .filter((q) => ["1", "2"].includes(mock.questionDomains[q.id]!))
      .map((q) => ({
        questionId: q.id,
        response: q.type === "multiple-choice" ? q.correctOption : q.type === "true-false" ? q.correct : q.expected,
      }));
    const score = scoreQuiz(mock.quiz, answers, { passPercent: 72 });
    const result = mockResult(saa, score.questions, mock.questionDomains);
    // 0.56 ≤ 0.72: 100 + 0.56/0.72 · 620 = 582.2 → 582
    expect(result.scaledScore).toBe(582);
    expect(result.passed).toBe(false);
    expect(result.domains).toEqual([
      { id: "1", total: 15, correct: 15, percent: 100 },
      { id: "2", total: 13, correct: 13, percent: 100 },
      { id: "3", total: 12, correct: 0, percent: 0 },
      { id: "4", total: 10, correct: 0, percent: 0 },
    ]);
    expect(result.weakestNotes.map((n) => [n.noteId, n.wrong])).toEqual([
      ["note-3", 12],
      ["note-4", 10],
    ]);
  });
});
