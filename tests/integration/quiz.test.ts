import "./helpers";
import { describe, expect, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { answerQuestion } from "@/lib/db/quiz/answer-question";
import { createQuiz } from "@/lib/db/quiz/create-quiz";
import { finishQuiz } from "@/lib/db/quiz/finish-quiz";
import { listQuizHistory } from "@/lib/db/quiz/list-quiz-history";
import { loadQuiz } from "@/lib/db/quiz/load-quiz";
import { loadQuizResults } from "@/lib/db/quiz/load-quiz-results";
import { markQuestion } from "@/lib/db/quiz/mark-question";
import { makeNoteWithCards, makeUser } from "./helpers";
import { questionsOf, quizReviews, rightAnswer, studiedCards, wrongAnswer } from "./quiz-fixtures";
import { randomUUID } from "node:crypto";

describe("creating a quiz", () => {
  test("an empty selection is refused with a clear message", async () => {
    const user = await makeUser();
    const base = { userId: user.id, count: 10, mode: "practice" as const, passPercent: 72, now: new Date() };
    await expect(createQuiz({ ...base, selection: { kind: "notes", values: [] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      reason: "no-cards",
    });
    const empty = await makeNoteWithCards(user.id, 0);
    await expect(createQuiz({ ...base, selection: { kind: "notes", values: [empty.id] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createQuiz({ ...base, selection: { kind: "weak", values: [] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      reason: "no-weak-spots",
    });
    // Another user's note selects nothing either.
    const other = await makeUser();
    const theirs = await makeNoteWithCards(other.id, 3);
    await expect(createQuiz({ ...base, selection: { kind: "notes", values: [theirs.id] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(db().quiz.count({ where: { userId: user.id } })).resolves.toBe(0);
  });

  test("asks at most the selected cards, with an exam default of two minutes a question", async () => {
    const { user, note } = await studiedCards(3);
    const quiz = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 65,
      mode: "exam",
      passPercent: 72,
      now: new Date(),
      seed: 7,
    });
    expect(quiz.questionCount).toBe(3);
    const state = await loadQuiz({ userId: user.id, quizId: quiz.id, now: new Date() });
    expect(state).toMatchObject({ mode: "exam", status: "in-progress", requestedCount: 65, timeLimitSeconds: 360 });
    // The browser never gets the answers.
    expect(JSON.stringify(state.questions)).not.toMatch(/"expected"|"correctOption"|"correct"/);
  });
});

describe("finishing a quiz feeds the scheduler exactly once", () => {
  test("finished twice and concurrently: one review per card, lapses for wrong answers", async () => {
    const { user, note } = await studiedCards(4);
    const now = new Date();
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 4,
      mode: "exam",
      passPercent: 50,
      now,
      seed: 42,
    });
    const questions = await questionsOf(id);
    const [wrong, ...right] = questions;
    await answerQuestion({
      userId: user.id,
      quizId: id,
      questionId: wrong!.id,
      response: wrongAnswer(wrong!),
      timeMs: 4000,
      now,
    });
    for (const q of right)
      await answerQuestion({
        userId: user.id,
        quizId: id,
        questionId: q.id,
        response: rightAnswer(q),
        timeMs: 2000,
        now,
      });

    const results = await Promise.all(
      Array.from({ length: 5 }, () => finishQuiz({ userId: user.id, quizId: id, now: new Date() })),
    );
    expect(results.filter((r) => !r.alreadyFinished)).toHaveLength(1);
    const again = await finishQuiz({ userId: user.id, quizId: id, now: new Date() });
    expect(again).toMatchObject({ alreadyFinished: true, percent: 75, passed: true });

    const reviews = await quizReviews(user.id);
    expect(reviews).toHaveLength(4);
    expect(new Set(reviews.map((r) => r.requestId)).size).toBe(4);
    expect(reviews.find((r) => r.cardId === wrong!.cardId)?.grade).toBe("forgot");
    expect(
      reviews
        .filter((r) => r.grade === "remembered")
        .map((r) => r.cardId)
        .sort(),
    ).toEqual(right.map((q) => q.cardId).sort());
    const lapsed = await db().card.findUniqueOrThrow({ where: { id: wrong!.cardId } });
    expect(lapsed.lapses).toBe(1);

    const stored = await db().quiz.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "finished", score: 75 });
    expect(stored.appliedAt).not.toBeNull();

    const results2 = await loadQuizResults({ userId: user.id, quizId: id, now: new Date() });
    expect(results2?.score).toMatchObject({ total: 4, correct: 3, percent: 75, passed: true, totalTimeMs: 10000 });
    expect(results2?.score.wrong.map((w) => w.questionId)).toEqual([wrong!.id]);
    const history = await listQuizHistory({ userId: user.id });
    expect(history).toMatchObject([{ id, status: "finished", percent: 75, questionCount: 4, passed: true }]);
  });

  test("right answers on cards not yet due and wrong answers on new cards change nothing", async () => {
    const user = await makeUser();
    const note = await makeNoteWithCards(user.id, 2);
    // Studied today: due tomorrow, so a right answer today is not a review.
    await recordReview({
      userId: user.id,
      cardId: note.cards[0]!.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: new Date(Date.now() - 60_000),
    });
    const now = new Date();
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 2,
      mode: "practice",
      passPercent: 72,
      now,
      seed: 3,
    });
    for (const q of await questionsOf(id)) {
      const answer = q.cardId === note.cards[0]!.id ? rightAnswer(q) : wrongAnswer(q);
      await answerQuestion({ userId: user.id, quizId: id, questionId: q.id, response: answer, now });
    }
    await finishQuiz({ userId: user.id, quizId: id, now: new Date() });
    await expect(quizReviews(user.id)).resolves.toEqual([]);
  });
});

describe("answers", () => {
  test("answers after the time limit are refused, not counted, and the exam is finished", async () => {
    const { user, note } = await studiedCards(3);
    const startedAt = new Date();
    const { id } = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [note.id] },
      count: 3,
      mode: "exam",
      minutes: 1,
      passPercent: 72,
      now: startedAt,
      seed: 5,
    });
    const [q1, q2] = await questionsOf(id);
    const at = (seconds: number) => new Date(startedAt.getTime() + seconds * 1000);
    // Within the grace period after the deadline: still counted.
    await answerQuestion({ userId: user.id, quizId: id, questionId: q1!.id, response: rightAnswer(q1!), now: at(63) });
    await expect(
      answerQuestion({ userId: user.id, quizId: id, questionId: q2!.id, response: rightAnswer(q2!), now: at(70) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "time-up",
    });
    const row = await db().quiz.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("finished");
    expect(row.finishedAt).toEqual(at(60));
    expect(Object.keys(row.answers as object)).toEqual([q1!.id]);
    expect(row.score).toBe(33.3);
    await expect(
      markQuestion({ userId: user.id, quizId: id, questionId: q2!.id, flagged: true, now: at(71) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      answerQuestion({ userId: user.id, quizId: id, questionId: q2!.id, response: rightAnswer(q2!), now: at(80) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "quiz-finished",
    });
  });
});
