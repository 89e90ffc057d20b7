import "./helpers";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { createMockExam } from "@/lib/db/exams/create-mock-exam";
import { loadReadiness } from "@/lib/db/exams/load-readiness";
import { findExamProfile } from "@/lib/exams";
import { type CardSchedule, newCard } from "@/lib/schedule";
import { findExamTarget, saveExamTarget } from "@/lib/db/exams/exam-settings";
import { loadExamOverview } from "@/lib/db/exams/load-exam-overview";
import { answerQuestion } from "@/lib/db/quiz/answer-question";
import { createQuiz } from "@/lib/db/quiz/create-quiz";
import { finishQuiz } from "@/lib/db/quiz/finish-quiz";
import { makeUser } from "./helpers";
import { questionsOf, quizReviews, rightAnswer, studiedCards, wrongAnswer } from "./quiz-fixtures";

const saa = findExamProfile("SAA-C03")!;

/** A card last answered on `lastReviewOn` with FSRS stability `stability` (days to 90 % recall). */
function studied(stability: number, lastReviewOn: string): CardSchedule {
  return {
    ...newCard(),
    stage: "long-term",
    introducedOn: "2026-01-01",
    firstStudiedOn: "2026-01-01",
    dueOn: "2026-04-01",
    reps: 5,
    fsrs: {
      stability,
      difficulty: 5,
      state: "Review",
      reps: 5,
      lapses: 0,
      scheduledDays: 30,
      learningSteps: 0,
      lastReviewOn,
    },
  };
}

/** A note whose frontmatter maps it to a domain, with `count` cards (each its own size in MB). */
async function note(
  userId: string,
  frontmatter: object,
  count: number,
  schedule: CardSchedule | null = null,
  extra: { subject?: string; tags?: string[] } = {},
) {
  const path = `n-${randomUUID()}.md`;
  return db().note.create({
    data: {
      userId,
      path,
      title: path,
      source: "",
      contentHash: randomUUID(),
      frontmatter,
      subject: extra.subject ?? "AWS",
      tags: extra.tags ?? [],
      cards: {
        create: Array.from({ length: count }, (_, k) => ({
          userId,
          key: `k${k}`,
          type: "basic",
          origin: "inline",
          front: `Size of thing ${path} ${k}?`,
          back: `${(k + 1) * 64 + count} MB`,
          line: k + 1,
          ...(schedule ? { stage: schedule.stage, schedule: schedule as unknown as object } : {}),
        })),
      },
    },
  });
}

describe("mock exams", { timeout: 180_000 }, () => {
  test("questions per domain by the guide's weights, from the user's mapped cards only", async () => {
    const user = await makeUser();
    await note(user.id, { exam: "SAA-C03", "exam-domain": 1 }, 18);
    await note(user.id, { "exam-domain": "Design Resilient Architectures" }, 16);
    await note(user.id, {}, 14, null, { tags: ["cost"] });
    await note(user.id, {}, 12, null, { subject: "Performance" });
    await note(user.id, { exam: "DVA-C02", "exam-domain": 3 }, 10); // another exam: never asked
    await db().examDomainMapping.createMany({
      data: [
        { userId: user.id, examCode: "SAA-C03", kind: "tag", value: "cost", domainId: "4" },
        { userId: user.id, examCode: "SAA-C03", kind: "subject", value: "Performance", domainId: "3" },
      ],
    });
    const other = await makeUser();
    await note(other.id, { "exam-domain": 1 }, 30);

    const mock = await createMockExam({ userId: user.id, profile: saa, now: new Date(), count: 50, seed: 11 });
    const perDomain = (id: string) => mock.questions.filter((q) => q.domain === id).length;
    expect(["1", "2", "3", "4"].map(perDomain)).toEqual([15, 13, 12, 10]);
    expect(mock.timeLimitSeconds).toBe(100 * 60);

    const stored = await db().examMock.findUniqueOrThrow({ where: { quizId: mock.id } });
    expect(stored).toMatchObject({ userId: user.id, examCode: "SAA-C03" });
    const quiz = await db().quiz.findUniqueOrThrow({ where: { id: mock.id } });
    expect(quiz).toMatchObject({ mode: "exam", userId: user.id, timeLimitSeconds: 6000, passPercent: 72 });
    const theirCards = await db().card.findMany({ where: { userId: other.id }, select: { id: true } });
    const asked = (quiz.questions as { questions: { cardId: string }[] }).questions.map((q) => q.cardId);
    expect(asked.some((id) => theirCards.some((c) => c.id === id))).toBe(false);
  });

  test("a user with no mapped cards gets a clear error", async () => {
    const user = await makeUser();
    await note(user.id, {}, 5);
    await expect(createMockExam({ userId: user.id, profile: saa, now: new Date() })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      reason: "no-mapped-cards",
    });
  });
});

describe("readiness", { timeout: 180_000 }, () => {
  test("FSRS recall on exam day per domain, weighted into a scaled score (hand-worked)", async () => {
    const user = await makeUser();
    await note(user.id, { "exam-domain": 1 }, 4, studied(10, "2026-03-01")); // R = 0.9 ten days later
    await note(user.id, { "exam-domain": 2 }, 2); // never studied: R = 0
    const readiness = await loadReadiness({ userId: user.id, profile: saa, on: "2026-03-11" });
    expect(readiness.domains.map((d) => [d.id, d.cards, d.predictedRecall])).toEqual([
      ["1", 4, 0.9],
      ["2", 2, 0],
      ["3", 0, null],
      ["4", 0, null],
    ]);
    // c = 0.925, 0.25, 0.625, 0.625 → 0.3·0.925 + 0.26·0.25 + 0.24·0.625 + 0.2·0.625 = 0.6175
    // 100 + 0.6175/0.72 · 620 = 631.7 → 632
    expect(readiness.predictedScore).toBe(632);
    expect(readiness.passingScore).toBe(720);
    expect(readiness.range![0]).toBeLessThan(632);
    expect(readiness.range![1]).toBeGreaterThan(632);
  });

  test("no card mapped to any domain: no predicted score, no range, and no trend point saved", async () => {
    const user = await makeUser();
    await note(user.id, {}, 3, studied(10, "2026-03-01")); // cards, but none mapped
    const readiness = await loadReadiness({ userId: user.id, profile: saa, on: "2026-03-11" });
    expect(readiness).toMatchObject({ predictedScore: null, range: null, predictedCorrect: null, unmappedCards: 3 });
    await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate: null, beforeExamDays: 7 });
    const overview = await loadExamOverview({ userId: user.id, now: new Date(), withMapping: false });
    expect(overview.readiness.predictedScore).toBeNull();
    await expect(db().readinessSnapshot.count({ where: { userId: user.id } })).resolves.toBe(0);
  });
});

describe("recall exam (CLI contract)", { timeout: 300_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync("npm", ["run", "--silent", "cli", "--", "exam", ...args], {
      encoding: "utf8",
      timeout: 240_000,
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });

  test("exam mock and exam readiness --json print exactly the documented keys", async () => {
    const user = await makeUser();
    await note(user.id, { "exam-domain": 1 }, 10, studied(10, "2026-03-01"));
    await note(user.id, { "exam-domain": 3 }, 10);

    const mock = cli("mock", "--user", user.email, "--exam", "saa-c03", "--questions", "10", "--json");
    expect(mock.stderr).toBe("");
    expect(mock.status).toBe(0);
    const created = JSON.parse(mock.stdout) as { id: string; questions: { domain: string; type: string }[] };
    expect(Object.keys(created)).toEqual(["id", "questions"]);
    expect(created.questions).toHaveLength(10);
    for (const q of created.questions) {
      expect(Object.keys(q)).toEqual(["domain", "type"]);
      expect(["1", "3"]).toContain(q.domain);
      expect(["single", "multiple"]).toContain(q.type);
    }
    await expect(db().quiz.count({ where: { id: created.id, userId: user.id } })).resolves.toBe(1);

    const ready = cli("readiness", "--user", user.email, "--exam", "SAA-C03", "--on", "2026-03-11", "--json");
    expect(ready.status).toBe(0);
    const forecast = JSON.parse(ready.stdout) as Record<string, unknown>;
    expect(Object.keys(forecast)).toEqual(["exam", "on", "predictedScore", "range", "passingScore", "domains"]);
    expect(forecast).toMatchObject({ exam: "SAA-C03", on: "2026-03-11", passingScore: 720 });
    expect(forecast.domains).toEqual([
      { id: "1", weight: 30, cards: 10, predictedRecall: 0.9 },
      { id: "2", weight: 26, cards: 0, predictedRecall: null },
      { id: "3", weight: 24, cards: 10, predictedRecall: 0 },
      { id: "4", weight: 20, cards: 0, predictedRecall: null },
    ]);

    const empty = await makeUser();
    await note(empty.id, {}, 2);
    const none = cli("readiness", "--user", empty.email, "--exam", "SAA-C03", "--on", "2026-03-11", "--json");
    expect(none.status).toBe(0);
    expect(JSON.parse(none.stdout)).toMatchObject({ predictedScore: null, range: null, passingScore: 720 });

    const bad = cli("readiness", "--user", user.email, "--exam", "XYZ-C01", "--on", "2026-03-11", "--json");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown exam "XYZ-C01"');
  });
});

describe("finishing", { timeout: 180_000 }, () => {
  test("a finished mock stores its scaled score and per-domain scores", async () => {
    const user = await makeUser();
    await note(user.id, { "exam-domain": 1 }, 6);
    await note(user.id, { "exam-domain": 2 }, 4);
    const mock = await createMockExam({ userId: user.id, profile: saa, now: new Date(), count: 10, seed: 4 });
    const questions = await questionsOf(mock.id);
    // Right on every domain-1 question, nothing on domain 2: 6 of 10 → 100 + 0.6/0.72 · 620 = 616.7 → 617
    for (const q of questions.filter((_, i) => mock.questions[i]?.domain === "1")) {
      await answerQuestion({
        userId: user.id,
        quizId: mock.id,
        questionId: q.id,
        response: rightAnswer(q),
        now: new Date(),
      });
    }
    await finishQuiz({ userId: user.id, quizId: mock.id, now: new Date() });
    const stored = await db().examMock.findUniqueOrThrow({ where: { quizId: mock.id } });
    expect(stored.scaledScore).toBe(617);
    expect(stored.domainScores).toEqual([
      { id: "1", total: 6, correct: 6, percent: 100 },
      { id: "2", total: 4, correct: 0, percent: 0 },
    ]);
  });

  test("a practice quiz chosen not to count leaves the schedule alone, and the choice is remembered", async () => {
    const { user, note: studiedNote } = await studiedCards(3);
    const quiz = await createQuiz({
      userId: user.id,
      selection: { kind: "notes", values: [studiedNote.id] },
      count: 3,
      mode: "practice",
      passPercent: 72,
      affectsSchedule: false,
      now: new Date(),
      seed: 1,
    });
    for (const q of await questionsOf(quiz.id)) {
      await answerQuestion({
        userId: user.id,
        quizId: quiz.id,
        questionId: q.id,
        response: wrongAnswer(q),
        now: new Date(),
      });
    }
    await finishQuiz({ userId: user.id, quizId: quiz.id, now: new Date() });
    await expect(quizReviews(user.id)).resolves.toEqual([]);
    const cards = await db().card.findMany({ where: { userId: user.id }, select: { lapses: true } });
    expect(cards.every((c) => c.lapses === 0)).toBe(true);
    await expect(findExamTarget({ userId: user.id })).resolves.toMatchObject({ practiceAffectsSchedule: false });
  });
});
