import "./helpers";
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { recordReview } from "@/lib/db/cards/record-review";
import { scheduleColumns } from "@/lib/db/cards/schedule-columns";
import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { db } from "@/lib/db/client";
import { loadBeforeExamQueue } from "@/lib/db/exams/before-exam-queue";
import { saveExamTarget } from "@/lib/db/exams/exam-settings";
import { type CardSchedule, DEFAULT_SCHEDULE_SETTINGS, newCard } from "@/lib/schedule";
import { makeUser } from "./helpers";

/** Last answered on `lastReviewOn` with FSRS stability `stability`, next due on `dueOn`. */
function studied(stability: number, lastReviewOn: string, dueOn: string): CardSchedule {
  return {
    ...newCard(),
    stage: "long-term",
    introducedOn: "2026-01-01",
    firstStudiedOn: "2026-01-01",
    checkpointsDone: [1, 4, 7, 14],
    dueOn,
    reps: 5,
    lastReviewedAt: `${lastReviewOn}T09:00:00.000Z`,
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

/** A note (mapped by frontmatter when `frontmatter` says so) with one card per schedule, keys k0…. */
async function note(userId: string, frontmatter: object, schedules: CardSchedule[]) {
  const path = `n-${randomUUID()}.md`;
  const created = await db().note.create({
    data: {
      userId,
      path,
      title: path,
      source: "",
      contentHash: randomUUID(),
      frontmatter,
      subject: "AWS",
      cards: {
        create: schedules.map((schedule, k) => ({
          userId,
          key: `k${k}`,
          type: "basic",
          origin: "inline",
          front: `Q ${k}`,
          back: `A ${k}`,
          line: k + 1,
          ...scheduleColumns(schedule),
        })),
      },
    },
    select: { cards: { select: { id: true }, orderBy: { key: "asc" } } },
  });
  return created.cards.map((card) => card.id);
}

describe("before-the-exam queue", { timeout: 180_000 }, () => {
  const now = new Date("2026-03-05T12:00:00Z"); // study day 2026-03-05 (UTC, day starts at 4)
  const settings = { ...DEFAULT_SCHEDULE_SETTINGS, dailyReviewCap: 4 };

  test("weakest mapped cards on exam day, within the cap's room; answers are reviews that leave the ladder alone", async () => {
    const user = await makeUser();
    const weak = await note(
      user.id,
      { "exam-domain": 1 },
      [1, 2, 3].map(() => studied(2, "2026-03-01", "2026-04-01")),
    );
    const fair = await note(
      user.id,
      { "exam-domain": 2 },
      [1, 2].map(() => studied(5, "2026-03-01", "2026-04-01")),
    );
    await note(user.id, { "exam-domain": 3 }, [studied(400, "2026-03-01", "2026-06-01")]); // strong: not needed
    const [dueToday] = await note(user.id, { "exam-domain": 4 }, [studied(2, "2026-03-01", "2026-03-05")]);
    await note(user.id, {}, [studied(1, "2026-03-01", "2026-04-01")]); // unmapped: never offered
    await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate: "2026-03-10", beforeExamDays: 7 });

    const session = await loadReviewSession({ userId: user.id, now, settings });
    expect(session.cards.map((card) => card.id)).toEqual([dueToday]);
    const offer = await loadBeforeExamQueue({ userId: user.id, settings, session });
    // Cap 4 − 0 answered − 1 due in the normal queue = room for 3; 5 cards need it (the weak and the fair).
    expect(offer).toMatchObject({ examCode: "SAA-C03", examDate: "2026-03-10", daysLeft: 5, needed: 5, covered: 3 });
    expect(offer!.cards.map((card) => card.id)).toEqual([...weak].sort());
    expect(fair.some((id) => offer!.cards.some((card) => card.id === id))).toBe(false);

    const first = offer!.cards[0]!.id;
    const answered = await recordReview({
      userId: user.id,
      cardId: first,
      grade: "forgot",
      requestId: randomUUID(),
      at: now,
      source: "before-exam",
      settings,
    });
    expect(answered.status).toBe("recorded");
    const card = await db().card.findUniqueOrThrow({ where: { id: first } });
    expect(card).toMatchObject({ stage: "long-term", lapses: 0, reps: 6 });
    expect(card.dueOn?.toISOString().slice(0, 10)).toBe("2026-04-01");
    await expect(
      db().review.findFirstOrThrow({ where: { cardId: first }, select: { source: true, grade: true } }),
    ).resolves.toEqual({ source: "before-exam", grade: "forgot" });

    // Counted once, as one of today's reviews: the room shrinks by one and the card is not offered again today.
    const after = await loadReviewSession({ userId: user.id, now, settings });
    expect(after.reviewedToday).toBe(1);
    const again = await loadBeforeExamQueue({ userId: user.id, settings, session: after });
    expect(again).toMatchObject({ needed: 4, covered: 2 });
    expect(again!.cards.map((c) => c.id)).not.toContain(first);

    await undoLastReview({ userId: user.id });
    await expect(db().card.findUniqueOrThrow({ where: { id: first } })).resolves.toMatchObject({ reps: 5 });
  });

  test("outside the window (more than the set days before the exam), or without a date: no queue", async () => {
    const user = await makeUser();
    await note(user.id, { "exam-domain": 1 }, [studied(2, "2026-03-01", "2026-04-01")]);
    await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate: "2026-03-10", beforeExamDays: 3 });
    const session = await loadReviewSession({ userId: user.id, now, settings });
    await expect(loadBeforeExamQueue({ userId: user.id, settings, session })).resolves.toBeNull();
    await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate: "2026-03-10", beforeExamDays: 5 });
    await expect(loadBeforeExamQueue({ userId: user.id, settings, session })).resolves.toMatchObject({ covered: 1 });
    await saveExamTarget({ userId: user.id, examCode: "SAA-C03", examDate: null, beforeExamDays: 5 });
    await expect(loadBeforeExamQueue({ userId: user.id, settings, session })).resolves.toBeNull();
  });
});
