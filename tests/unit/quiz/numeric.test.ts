import { describe, expect, test } from "vitest";
import { buildQuiz, gradeQuestion, type QuizCard, toPublicQuestion } from "@/lib/quiz";

const drill: QuizCard = {
  id: "drill-1",
  noteId: "drills",
  subject: "AWS Lambda",
  tags: [],
  type: "qa",
  front:
    "Reserved concurrency 50, 80 requests/s of 1-second calls: throttled requests per second?\n(Answer in requests/s, within ±10%.)",
  back: "30 requests/s\n\nThe function can run 50 at once…",
  numeric: { value: 30, allowedError: 3 },
};
const others: QuizCard[] = ["15 minutes", "1,000", "128 MB", "900 seconds"].map((back, index) => ({
  id: `c${index}`,
  noteId: "n",
  subject: "AWS Lambda",
  tags: [],
  type: "qa",
  front: `Question ${index}?`,
  back,
}));

describe("numeric (drill) questions", () => {
  const quiz = buildQuiz({ cards: [drill, ...others], mode: "exam", count: 5, seed: 3 });
  const question = quiz.questions.find((q) => q.cardId === "drill-1");

  test("are always typed and never reveal the answer to the browser", () => {
    expect(question?.type).toBe("typed");
    const shown = JSON.stringify(toPublicQuestion(question!));
    expect(shown).not.toContain("allowedError");
    expect(shown).not.toContain("30 requests/s");
  });

  test.each([
    ["30", true],
    ["32", true],
    ["27 requests/s", true],
    ["33.0", true],
    ["34", false],
    ["26", false],
    ["thirty", false],
    ["3,0", false],
  ])("answer %s → correct %s", (answer, correct) => {
    expect(gradeQuestion(question!, answer).correct).toBe(correct);
  });
});
