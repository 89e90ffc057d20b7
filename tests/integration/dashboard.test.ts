import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { makeNoteWithCards, makeUser } from "./helpers";
import { recordReview } from "@/lib/db/cards/record-review";
import { storedSchedule } from "@/lib/db/cards/schedule-columns";
import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { db } from "@/lib/db/client";
import { findLapseLeaders } from "@/lib/db/dashboard/find-lapse-leaders";
import { listNoteLadders } from "@/lib/db/dashboard/list-note-ladders";
import { loadDashboard } from "@/lib/db/dashboard/load-dashboard";
import { loadProjectionCards } from "@/lib/db/dashboard/load-projection-cards";
import { loadStatistics } from "@/lib/db/dashboard/load-statistics";
import { loadSubjectRecall } from "@/lib/db/dashboard/load-subject-recall";
import { updateExamDate } from "@/lib/db/users/update-exam-date";
import { updateScheduleSettings } from "@/lib/db/users/update-schedule-settings";
import type { Grade } from "@/lib/schedule";
import { projectLongTermShare } from "@/lib/stats";

/**
 * A hand-made history in Los Angeles (UTC−7 in June) with days starting at 05:00, so an answer at 04:30 local
 * belongs to the previous study day and one at 20:00 local is already the next day in UTC.
 *
 * - 2026-06-01 09:00: first study of a0, a1, a2 (note A, OS) and b0 (note B, Network).
 * - 2026-06-02 20:00: first study of b1.
 * - 2026-06-03 04:30 (study day 06-02): a0 remembered, a1 forgot, b0 remembered; a2 remembered, then undone.
 * - Today is 2026-06-03 (noon). c0 (note C, no subject) was never studied.
 */
const zone = { timeZone: "America/Los_Angeles", dayStartHour: 5 };
const now = new Date("2026-06-03T12:00:00-07:00");

let userId: string;
let notes: { a: string; b: string; c: string };
let cards: Record<string, string>;

async function answer(card: string, grade: Grade, at: string, durationMs: number) {
  const result = await recordReview({
    userId,
    cardId: cards[card]!,
    grade,
    requestId: randomUUID(),
    at: new Date(at),
    durationMs,
  });
  expect(result.status).toBe("recorded");
}

beforeAll(async () => {
  const user = await makeUser(zone);
  userId = user.id;
  const a = await makeNoteWithCards(userId, 3, "os/scheduling.md");
  const b = await makeNoteWithCards(userId, 2, "net/tcp.md");
  const c = await makeNoteWithCards(userId, 1, "misc/later.md");
  await db().note.update({ where: { id: a.id }, data: { subject: "OS", textbook: "공룡책", title: "Scheduling" } });
  await db().note.update({ where: { id: b.id }, data: { subject: "Network", title: "TCP" } });
  await db().note.update({ where: { id: c.id }, data: { title: "Later" } });
  notes = { a: a.id, b: b.id, c: c.id };
  cards = {
    a0: a.cards[0]!.id,
    a1: a.cards[1]!.id,
    a2: a.cards[2]!.id,
    b0: b.cards[0]!.id,
    b1: b.cards[1]!.id,
    c0: c.cards[0]!.id,
  };
  for (const card of ["a0", "a1", "a2", "b0"]) await answer(card, "remembered", "2026-06-01T09:00:00-07:00", 10_000);
  await answer("b1", "remembered", "2026-06-02T20:00:00-07:00", 20_000);
  await answer("a0", "remembered", "2026-06-03T04:30:00-07:00", 3_000);
  await answer("a1", "forgot", "2026-06-03T04:31:00-07:00", 4_000);
  await answer("b0", "remembered", "2026-06-03T04:32:00-07:00", 5_000);
  await answer("a2", "remembered", "2026-06-03T04:33:00-07:00", 60_000);
  await undoLastReview({ userId });
});

describe("dashboard figures from a hand-made history", () => {
  test("today: cards due now by subject and checkpoint, new cards, the forecast", async () => {
    const data = await loadDashboard({ userId, now });
    expect(data.today).toBe("2026-06-03");
    expect(data.hasNotes).toBe(true);
    // a2 (overdue since 06-02, its answer undone), a1 (forgot on 06-02) and b1 (first studied 06-02).
    expect(data.due.dueNow).toBe(3);
    expect(data.due.bySubject).toEqual([
      { subject: "OS", count: 2 },
      { subject: "Network", count: 1 },
    ]);
    expect(data.due.byCheckpoint).toEqual([
      { checkpoint: 1, count: 3 },
      { checkpoint: 4, count: 0 },
      { checkpoint: 7, count: 0 },
      { checkpoint: 14, count: 0 },
      { checkpoint: "long-term", count: 0 },
    ]);
    expect(data.due.newCards).toBe(1);
    expect(data.newToday).toBe(1);
    expect(data.due.nextDueOn).toBeNull();
    expect(data.due.forecast).toHaveLength(30);
    expect(data.due.forecast.filter((d) => d.count > 0)).toEqual([
      { day: "2026-06-03", count: 3, overdue: 1 },
      // a0 and b0 passed checkpoint 1 on 06-02: checkpoint 4 is four days after their first study.
      { day: "2026-06-05", count: 2, overdue: 0 },
    ]);
  });

  test("streak, today's answers and the heatmap count study days, not UTC days, and skip undone answers", async () => {
    const data = await loadDashboard({ userId, now });
    expect(data.streak).toEqual({ current: 2, longest: 2, studiedToday: false, lastStudyDay: "2026-06-02" });
    expect(data.todayTotals.reviews).toBe(0);
    expect(data.heatmap.days).toHaveLength(365);
    expect(data.heatmap.days.at(-1)).toMatchObject({ day: "2026-06-03", count: 0, level: 0 });
    expect(data.heatmap.days.filter((d) => d.count > 0)).toEqual([
      { day: "2026-06-01", count: 4, level: 4, weekday: 1 },
      { day: "2026-06-02", count: 4, level: 4, weekday: 2 },
    ]);
    expect(data.heatmap).toMatchObject({ total: 8, activeDays: 2, max: 4 });
    // Five first studies over the 14-day window.
    expect(data.newPace).toBeCloseTo(5 / 14);
  });

  test("today's answers on the day itself, split by grade", async () => {
    const data = await loadDashboard({ userId, now: new Date("2026-06-03T04:50:00-07:00") });
    expect(data.today).toBe("2026-06-02");
    expect(data.todayTotals).toEqual({
      day: "2026-06-02",
      reviews: 4,
      firstStudies: 1,
      remembered: 2,
      forgot: 1,
      durationMs: 20_000 + 3_000 + 4_000 + 5_000,
    });
    expect(data.streak).toMatchObject({ current: 2, studiedToday: true });
  });

  test("weak spots: the lapsed card, and recall per subject lowest first", async () => {
    await expect(findLapseLeaders({ userId })).resolves.toEqual([
      {
        cardId: cards.a1,
        front: "Question 1",
        lapses: 1,
        noteId: notes.a,
        noteTitle: "Scheduling",
        subject: "OS",
      },
    ]);
    const subjects = await loadSubjectRecall({ userId, from: "2026-05-01", minReviews: 1 });
    expect(subjects.map((s) => [s.key, s.reviews, s.remembered, s.rate])).toEqual([
      ["OS", 2, 1, 0.5],
      ["Network", 1, 1, 1],
    ]);
    // The dashboard asks for five answers per subject before calling it weak.
    expect((await loadDashboard({ userId, now })).weakSubjects).toEqual([]);
    // A busy student's join is bounded to the latest answers.
    const latest = await loadSubjectRecall({ userId, from: "2026-05-01", lastAnswers: 2 });
    expect(latest.reduce((sum, s) => sum + s.reviews, 0)).toBe(2);
  });

  test("exam projection from grouped card columns equals the projection from every card's full state", async () => {
    await updateExamDate({ userId, examDate: "2026-07-01" });
    const data = await loadDashboard({ userId, now });
    expect(data.examDate).toBe("2026-07-01");
    const all = await db().card.findMany({ where: { userId, status: "active" }, select: { schedule: true } });
    const expected = projectLongTermShare({
      cards: all.map((card) => storedSchedule(card.schedule)),
      today: "2026-06-03",
      examOn: "2026-07-01",
      newPerDay: 5 / 14,
      // Checkpoint 1 answers in the last 14 days: a0 and b0 remembered, a1 forgot.
      recall: { 1: 2 / 3 },
    });
    expect(data.projection).not.toBeNull();
    expect(data.projection?.totalCards).toBe(6);
    expect(data.projection?.expectedLongTerm).toBeCloseTo(expected.expectedLongTerm, 10);
    expect(data.projection?.share).toBeCloseTo(expected.share ?? -1, 10);
    // Worked by hand, independent of projectLongTermShare: 28 days to the exam, every ladder graduates in time.
    // a0, b0 passed checkpoint 1; 4, 7, 14 have no recall figure yet (1): 1 each.
    // a1, a2, b1 still face checkpoint 1 (2/3), then 4, 7, 14 (1): 2/3 each.
    // c0 is new: at 5/14 a day it is studied long before 06-17 (exam − 14): 2/3 · 1 · 1 · 1.
    // 2 + 3 · 2/3 + 2/3 = 14/3 of 6 cards = 7/9.
    expect(data.projection?.expectedLongTerm).toBeCloseTo(14 / 3, 10);
    expect(data.projection?.share).toBeCloseTo(7 / 9, 10);
    // Ladder states (day 0, rung, due): a0 = b0, a1 = b1, a2; plus the new card.
    expect(await loadProjectionCards({ userId })).toHaveLength(4);
    await updateExamDate({ userId, examDate: null });
    expect((await loadDashboard({ userId, now })).projection).toBeNull();
  });

  test("notes ladder: first study, days since, checkpoints, progress; sorted, filtered, paged", async () => {
    const table = await listNoteLadders({ userId, today: "2026-06-03", sort: "progress", direction: "desc" });
    expect(table.subjects).toEqual(["Network", "OS"]);
    expect(table.textbooks).toEqual(["공룡책"]);
    expect(table.rows.map((r) => [r.title, r.progress.startedOn, r.progress.daysSinceStart, r.progress.bar])).toEqual([
      ["TCP", "2026-06-01", 2, "🟩⬜⬜⬜⬜⬜⬜⬜⬜⬜ 10%"],
      ["Scheduling", "2026-06-01", 2, "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 6%"],
      ["Later", null, null, "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%"],
    ]);
    const tcp = table.rows[0]!.progress;
    // b1 passes 1 on 06-03 (due today); 4, 7 and 14 follow on their nominal days from 06-02.
    expect(tcp.checkpoints).toEqual([
      { checkpoint: 1, done: false, dueOn: "2026-06-03" },
      { checkpoint: 4, done: false, dueOn: "2026-06-06" },
      { checkpoint: 7, done: false, dueOn: "2026-06-09" },
      { checkpoint: 14, done: false, dueOn: "2026-06-16" },
    ]);
    expect(tcp.longTerm).toBe(false);

    const byStart = await listNoteLadders({ userId, today: "2026-06-03", sort: "started", direction: "asc" });
    expect(byStart.rows.map((r) => r.title)).toEqual(["Scheduling", "TCP", "Later"]);
    const os = await listNoteLadders({ userId, today: "2026-06-03", subject: "OS" });
    expect(os.rows.map((r) => r.title)).toEqual(["Scheduling"]);
    const book = await listNoteLadders({ userId, today: "2026-06-03", textbook: "공룡책", subject: "Network" });
    expect(book.total).toBe(0);
    const page2 = await listNoteLadders({
      userId,
      today: "2026-06-03",
      sort: "title",
      direction: "asc",
      pageSize: 2,
      page: 2,
    });
    expect([page2.page, page2.pageCount, page2.rows.map((r) => r.title)]).toEqual([2, 2, ["TCP"]]);
  });

  test("statistics: answers per day, recall per checkpoint and subject, time spent", async () => {
    const stats = await loadStatistics({ userId, now, days: 30 });
    expect(stats.days).toHaveLength(30);
    expect(stats.days.filter((d) => d.reviews > 0)).toEqual([
      { day: "2026-06-01", reviews: 4, firstStudies: 4, remembered: 0, forgot: 0, durationMs: 40_000 },
      { day: "2026-06-02", reviews: 4, firstStudies: 1, remembered: 2, forgot: 1, durationMs: 32_000 },
    ]);
    expect(stats.totals).toEqual({ reviews: 8, firstStudies: 5, durationMs: 72_000, activeDays: 2 });
    expect(stats.byCheckpoint.map((c) => [c.key, c.reviews, c.rate])).toEqual([
      [1, 3, 2 / 3],
      [4, 0, null],
      [7, 0, null],
      [14, 0, null],
      ["long-term", 0, null],
    ]);
    expect(stats.overall).toMatchObject({ reviews: 3, remembered: 2, forgot: 1 });
    expect(stats.bySubject.map((s) => s.key)).toEqual(["OS", "Network"]);
  });
});

describe("dashboard edge cases", () => {
  test("nothing due: the next due day; a new account has no notes", async () => {
    const user = await makeUser({ timeZone: "Asia/Seoul", dayStartHour: 4 });
    const empty = await loadDashboard({ userId: user.id, now });
    expect(empty.hasNotes).toBe(false);
    expect(empty.due.dueNow).toBe(0);
    expect(empty.due.nextDueOn).toBeNull();
    expect(empty.heatmap.total).toBe(0);

    const note = await makeNoteWithCards(user.id, 1);
    const at = new Date("2026-06-03T10:00:00+09:00");
    await recordReview({
      userId: user.id,
      cardId: note.cards[0]!.id,
      grade: "remembered",
      requestId: randomUUID(),
      at,
    });
    const data = await loadDashboard({ userId: user.id, now: at });
    expect(data.hasNotes).toBe(true);
    expect(data.due.dueNow).toBe(0);
    expect(data.due.nextDueOn).toBe("2026-06-04");
    expect(data.streak).toMatchObject({ current: 1, studiedToday: true });
    // Beyond the 30-day forecast the next due day comes from its own query.
    await db().card.updateMany({ where: { userId: user.id }, data: { dueOn: new Date("2026-09-01T00:00:00Z") } });
    expect((await loadDashboard({ userId: user.id, now: at })).due.nextDueOn).toBe("2026-09-01");
  });

  test("study settings: saved when valid, nothing written when not", async () => {
    const user = await makeUser();
    const settings = {
      timeZone: "Europe/Berlin",
      dayStartHour: 3,
      dailyReviewCap: 150,
      dailyNewLimit: 10,
      targetRetention: 0.85,
    };
    await updateScheduleSettings({ userId: user.id, ...settings });
    const select = {
      timeZone: true,
      dayStartHour: true,
      dailyReviewCap: true,
      dailyNewLimit: true,
      targetRetention: true,
    };
    await expect(db().user.findUniqueOrThrow({ where: { id: user.id }, select })).resolves.toEqual(settings);
    await expect(
      updateScheduleSettings({ userId: user.id, ...settings, timeZone: "Mars/Olympus", dailyNewLimit: 99 }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      updateScheduleSettings({ userId: user.id, ...settings, targetRetention: 0.5, dailyNewLimit: 99 }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(db().user.findUniqueOrThrow({ where: { id: user.id }, select })).resolves.toEqual(settings);
  });
});
