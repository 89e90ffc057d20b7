import { randomUUID } from "node:crypto";
import { makeUser } from "./helpers";
import { describe, expect, test } from "vitest";
import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { createDrillCards } from "@/lib/db/drills/create-drill-cards";
import { DRILLS_NOTE_PATH, DRILLS_SUBJECT } from "@/lib/db/drills/drills-note";
import { gradeDrillCard } from "@/lib/db/drills/grade-drill-card";
import { listDrillCards } from "@/lib/db/drills/list-drill-cards";
import { drillToCard, generateDrill, generateDrills } from "@/lib/simulator";

const drills = generateDrills(4, 100);

async function userWithDrills() {
  const user = await makeUser({ timeZone: "Asia/Seoul" });
  const created = await createDrillCards({ userId: user.id, drills, locale: "en", noteTitle: "Simulator drills" });
  return { user, created };
}

describe("simulator drills as cards", () => {
  test("creates one drills note with active basic cards whose text and key come from drillToCard", async () => {
    const { user, created } = await userWithDrills();
    expect(created).toMatchObject({ created: 4, existing: 0 });
    const note = await db().note.findUniqueOrThrow({
      where: { userId_path: { userId: user.id, path: DRILLS_NOTE_PATH } },
      include: { cards: { orderBy: { line: "asc" } } },
    });
    expect(note).toMatchObject({ title: "Simulator drills", subject: DRILLS_SUBJECT });
    expect(note.cards.map((card) => [card.key, card.front, card.back, card.type, card.origin, card.status])).toEqual(
      drills.map((drill) => {
        const card = drillToCard(drill, "en");
        return [card.key, card.front, card.back, "basic", "drill", "active"];
      }),
    );
    expect(note.cards[0]?.meta).toMatchObject({
      kind: "simulator-drill",
      answer: drills[0]?.answer,
      tolerance: drills[0]?.tolerance,
      scenario: drills[0]?.scenario,
    });
  });

  test("creating the same drills again adds nothing, also when two requests race", async () => {
    const { user } = await userWithDrills();
    const [again, racing] = await Promise.all([
      createDrillCards({ userId: user.id, drills, locale: "ko", noteTitle: "시뮬레이터 드릴" }),
      createDrillCards({ userId: user.id, drills: generateDrills(6, 100), locale: "en", noteTitle: "x" }),
    ]);
    expect(again.created + racing.created).toBe(2);
    expect(again.noteId).toBe(racing.noteId);
    await expect(db().card.count({ where: { userId: user.id } })).resolves.toBe(6);
    await expect(db().note.count({ where: { userId: user.id } })).resolves.toBe(1);
    // The first language stays: re-creating never rewrites a card the user may already have studied.
    const first = await db().card.findFirstOrThrow({ where: { userId: user.id, key: drills[0]!.key } });
    expect(first.front).toBe(drillToCard(drills[0]!, "en").front);
  });

  test("drill cards enter the review session and move up the ladder with recordReview", async () => {
    const { user } = await userWithDrills();
    const at = new Date("2026-03-02T10:00:00+09:00");
    const session = await loadReviewSession({ userId: user.id, now: at, subject: DRILLS_SUBJECT });
    expect(session.cards.map((card) => card.front)).toEqual(drills.map((drill) => drillToCard(drill, "en").front));
    const cardId = session.cards[0]!.id;
    const result = await recordReview({ userId: user.id, cardId, grade: "remembered", requestId: randomUUID(), at });
    expect(result).toMatchObject({ status: "recorded", dueOn: "2026-03-03", checkpoint: "1" });
    const [listed] = (await listDrillCards({ userId: user.id })).filter((card) => card.id === cardId);
    expect(listed).toMatchObject({ stage: "ladder", reps: 1 });
    const tomorrow = await loadReviewSession({ userId: user.id, now: new Date("2026-03-03T10:00:00+09:00") });
    expect(tomorrow.cards.find((card) => card.id === cardId)).toMatchObject({ isNew: false, checkpoint: 1 });
  });

  test("answers are graded against the stored engine answer with the drill's tolerance", async () => {
    const { user } = await userWithDrills();
    const cards = await listDrillCards({ userId: user.id });
    // The loop below asserts per card: without this, an empty list would pass it.
    expect(cards).toHaveLength(drills.length);
    for (const card of cards) {
      const drill = drills.find((d) => d.key === card.key)!;
      const allowed = Math.max(drill.tolerance.absolute, drill.tolerance.relative * Math.abs(drill.answer));
      const right = await gradeDrillCard({ userId: user.id, cardId: card.id, answer: drill.answer + allowed * 0.9 });
      expect(right.grade).toMatchObject({ correct: true, expected: drill.answer });
      const wrong = await gradeDrillCard({
        userId: user.id,
        cardId: card.id,
        answer: drill.answer + allowed * 1.5 + 1,
      });
      expect(wrong.grade.correct).toBe(false);
      expect(wrong.grade.explanation.en).toBe(drill.explanation.en);
    }
  });

  test("a drill worked by hand is graded through the database with its stored tolerance", async () => {
    // Reserved 100, 160 requests/s of 1 s calls: 60 requests/s throttled, ±max(1, 10 % of 60) = ±6.
    const drill = generateDrill(1, "reserved-throttle");
    const user = await makeUser();
    await createDrillCards({ userId: user.id, drills: [drill], locale: "en", noteTitle: "Simulator drills" });
    const [card] = await listDrillCards({ userId: user.id });
    const grade = async (answer: number) => (await gradeDrillCard({ userId: user.id, cardId: card!.id, answer })).grade;
    await expect(grade(66)).resolves.toMatchObject({ correct: true, expected: 60 });
    await expect(grade(54)).resolves.toMatchObject({ correct: true, expected: 60 });
    await expect(grade(66.5)).resolves.toMatchObject({ correct: false });
    await expect(grade(53.5)).resolves.toMatchObject({ correct: false });
  });

  test("another user's drill card cannot be graded or listed", async () => {
    const { user } = await userWithDrills();
    const stranger = await makeUser();
    const [card] = await listDrillCards({ userId: user.id });
    await expect(gradeDrillCard({ userId: stranger.id, cardId: card!.id, answer: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listDrillCards({ userId: stranger.id })).resolves.toEqual([]);
  });
});

describe("simulator drills in quizzes", () => {
  test("are asked as typed numeric questions graded with the drill's tolerance", async () => {
    const { user } = await userWithDrills();
    const { createQuiz } = await import("@/lib/db/quiz/create-quiz");
    const { answerQuestion } = await import("@/lib/db/quiz/answer-question");
    const now = new Date();
    const quiz = await createQuiz({
      userId: user.id,
      now,
      selection: { kind: "subjects", values: [DRILLS_SUBJECT] },
      count: 4,
      mode: "practice",
      passPercent: 72,
      seed: 5,
    });
    expect(quiz.questionCount).toBe(4);
    const stored = await db().quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    const questions = (
      stored.questions as unknown as {
        questions: { id: string; type: string; cardId: string; numeric?: { value: number } }[];
      }
    ).questions;
    expect(questions.every((question) => question.type === "typed" && question.numeric)).toBe(true);

    const [first, second] = questions;
    const right = await answerQuestion({
      userId: user.id,
      quizId: quiz.id,
      questionId: first!.id,
      response: String(first!.numeric!.value),
      now,
    });
    const wrong = await answerQuestion({
      userId: user.id,
      quizId: quiz.id,
      questionId: second!.id,
      response: String(second!.numeric!.value * 3 + 100),
      now,
    });
    expect(right).toMatchObject({ mode: "practice", feedback: { correct: true } });
    expect(wrong).toMatchObject({ mode: "practice", feedback: { correct: false } });
  });
});
