import "./helpers";
import { describe, expect, test } from "vitest";
import { answerQuestion } from "@/lib/db/quiz/answer-question";
import { createQuiz } from "@/lib/db/quiz/create-quiz";
import { finishQuiz } from "@/lib/db/quiz/finish-quiz";
import { loadQuiz } from "@/lib/db/quiz/load-quiz";
import { overrideAnswer } from "@/lib/db/quiz/override-answer";
import { questionsOf, quizReviews, studiedCards } from "./quiz-fixtures";

describe("resuming and answering", () => {
  test("a closed tab: loading an expired exam finishes it", async () => {
    const { user, note } = await studiedCards(2);
    const startedAt = new Date(Date.now() - 10 * 60 * 1000);
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 2,
      mode: "exam",
      minutes: 2,
      passPercent: 72,
      now: startedAt,
      seed: 9,
    });
    const state = await loadQuiz({ userId: user.id, quizId: id, now: new Date() });
    expect(state.status).toBe("finished");
    // Both unanswered: nothing was forgotten, nothing reviewed.
    await expect(quizReviews(user.id)).resolves.toEqual([]);
  });

  test("practice: a second, different answer is refused; a retry of the same one returns the same feedback", async () => {
    const { user, note } = await studiedCards(1);
    const now = new Date();
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 1,
      mode: "practice",
      passPercent: 72,
      now,
      seed: 1,
    });
    const [q] = await questionsOf(id);
    expect(q!.type).toBe("typed"); // one card: too few distractors for multiple choice
    const first = await answerQuestion({ userId: user.id, quizId: id, questionId: q!.id, response: "Answr 0", now });
    expect(first).toMatchObject({
      mode: "practice",
      feedback: { correct: true, reason: "typo", source: { noteId: note.id, line: 1 } },
    });
    await expect(
      answerQuestion({ userId: user.id, quizId: id, questionId: q!.id, response: "Answr 0", now }),
    ).resolves.toEqual(first);
    await expect(
      answerQuestion({ userId: user.id, quizId: id, questionId: q!.id, response: "other", now }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "already-answered",
    });
  });

  test("'I was right' turns a wrong typed answer into a right one before the schedule sees it", async () => {
    const { user, note } = await studiedCards(1);
    const now = new Date();
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 1,
      mode: "practice",
      passPercent: 72,
      now,
      seed: 1,
    });
    const [q] = await questionsOf(id);
    const answered = await answerQuestion({
      userId: user.id,
      quizId: id,
      questionId: q!.id,
      response: "A0 (short form)",
      now,
    });
    expect(answered).toMatchObject({ feedback: { correct: false, canOverride: true } });
    await expect(overrideAnswer({ userId: user.id, quizId: id, questionId: q!.id })).resolves.toMatchObject({
      correct: true,
      overridden: true,
      canOverride: false,
    });
    await finishQuiz({ userId: user.id, quizId: id, now: new Date() });
    await expect(quizReviews(user.id)).resolves.toMatchObject([{ cardId: q!.cardId, grade: "remembered" }]);
  });
});
