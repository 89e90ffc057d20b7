import { describe, expect, test } from "vitest";
import { beforeExamDaysLeft, selectBeforeExamQueue } from "@/lib/exams";
import {
  type CardSchedule,
  DEFAULT_SCHEDULE_SETTINGS,
  type FsrsMemory,
  newCard,
  reviewOutsideSchedule,
} from "@/lib/schedule";

const memory = (stability: number, lastReviewOn: string): FsrsMemory => ({
  stability,
  difficulty: 5,
  state: "Review",
  reps: 3,
  lapses: 0,
  scheduledDays: 5,
  learningSteps: 0,
  lastReviewOn,
});

/** A ladder card past checkpoint 1, next due on `dueOn`, with FSRS stability `stability` from `lastReviewOn`. */
const ladderCard = (stability: number, lastReviewOn: string, dueOn = "2026-03-08"): CardSchedule => ({
  ...newCard(),
  stage: "ladder",
  introducedOn: "2026-02-28",
  firstStudiedOn: "2026-02-28",
  checkpointsDone: [1],
  dueOn,
  lapses: 1,
  reps: 3,
  lastReviewedAt: `${lastReviewOn}T09:00:00.000Z`,
  fsrs: memory(stability, lastReviewOn),
});

describe("beforeExamDaysLeft", () => {
  test.each([
    ["2026-03-03", "2026-03-10", 7, 7],
    ["2026-03-02", "2026-03-10", 7, null],
    ["2026-03-10", "2026-03-10", 7, 0],
    ["2026-03-11", "2026-03-10", 7, null],
    ["2026-03-08", "2026-03-10", 1, null],
    ["2026-03-09", "2026-03-10", 1, 1],
  ])("today %s, exam %s, window %i days → %s", (today, exam, days, left) => {
    expect(beforeExamDaysLeft(today, exam, days)).toBe(left);
  });

  test("no exam date, no window", () => {
    expect(beforeExamDaysLeft("2026-03-05", null, 7)).toBeNull();
  });
});

describe("selectBeforeExamQueue", () => {
  // Exam on the 10th, today the 5th, all last answered on the 1st (t = 9 days on exam day) unless stated.
  // Recall falls as t/S grows: a and h (S = 2) lowest, then g (S = 3), then b (S = 5); c (S = 50) is above
  // 90 % on exam day (R = 0.9 at t = S).
  const cards = [
    { id: "b", schedule: ladderCard(5, "2026-03-01") },
    { id: "c", schedule: ladderCard(50, "2026-03-01") },
    { id: "d", schedule: ladderCard(1, "2026-03-01", "2026-03-05") }, // due today: in the normal queue
    { id: "e", schedule: newCard() }, // never studied
    { id: "f", schedule: ladderCard(1, "2026-03-05") }, // answered today already
    { id: "g", schedule: ladderCard(3, "2026-03-01") },
    { id: "h", schedule: ladderCard(2, "2026-03-01") },
    { id: "a", schedule: ladderCard(2, "2026-03-01") },
  ];
  const select = (room: number) =>
    selectBeforeExamQueue({ cards, today: "2026-03-05", examDate: "2026-03-10", room, targetRetention: 0.9 });

  test("lowest predicted recall on exam day first (ties by id), within the room left today", () => {
    expect(select(3)).toEqual({ cardIds: ["a", "h", "g"], needed: 4, covered: 3 });
  });

  test("room for all: every card below the target, none above it, none due, new or answered today", () => {
    expect(select(50)).toEqual({ cardIds: ["a", "h", "g", "b"], needed: 4, covered: 4 });
  });

  test("no room left in today's cap: nothing, but the need is still counted", () => {
    expect(select(0)).toEqual({ cardIds: [], needed: 4, covered: 0 });
    expect(select(-5)).toEqual({ cardIds: [], needed: 4, covered: 0 });
  });
});

describe("reviewOutsideSchedule (the ladder does not move)", () => {
  const settings = { ...DEFAULT_SCHEDULE_SETTINGS };
  const at = new Date("2026-03-05T10:00:00Z");

  test.each(["forgot", "remembered"] as const)(
    "%s before the due day: stage, checkpoints, due date and lapses stay",
    (grade) => {
      const card = ladderCard(5, "2026-03-01");
      const { card: next, log } = reviewOutsideSchedule(card, grade, at, settings);
      expect(next).toMatchObject({
        stage: "ladder",
        firstStudiedOn: "2026-02-28",
        checkpointsDone: [1],
        dueOn: "2026-03-08",
        lapses: 1,
        reps: 4,
        lastReviewedAt: at.toISOString(),
      });
      expect(next.fsrs?.lastReviewOn).toBe("2026-03-05");
      if (grade === "forgot") expect(next.fsrs!.stability).toBeLessThan(5);
      else expect(next.fsrs!.stability).toBeGreaterThan(5);
      expect(log).toMatchObject({ kind: "early", grade, studyDay: "2026-03-05", daysLate: -3, checkpoint: 4 });
      expect(log.previous).toBe(card);
      expect(card.reps).toBe(3); // input untouched
    },
  );

  test("a long-term card keeps its due date too", () => {
    const card: CardSchedule = {
      ...ladderCard(30, "2026-02-01", "2026-04-01"),
      stage: "long-term",
      checkpointsDone: [1, 4, 7, 14],
    };
    expect(reviewOutsideSchedule(card, "remembered", at, settings).card).toMatchObject({
      stage: "long-term",
      dueOn: "2026-04-01",
    });
  });

  test("a card never studied is refused (its first study belongs to the normal queue)", () => {
    expect(() => reviewOutsideSchedule(newCard(), "remembered", at, settings)).toThrowError(
      expect.objectContaining({ code: "CONFLICT", reason: "not-studied" }),
    );
  });
});
