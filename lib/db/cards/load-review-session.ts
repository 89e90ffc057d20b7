import { db } from "@/lib/db/client";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { buildQueue, type StudyDay, studyDayOf, type UserScheduleSettings } from "@/lib/schedule";
import { type DueCard, findDueCards } from "./find-due-cards";
import { dayToDate } from "./schedule-columns";

export interface SessionCard extends Omit<DueCard, "checkpoint" | "due"> {
  isNew: boolean;
  checkpoint: DueCard["checkpoint"] | null;
  due: StudyDay | null;
}

export interface ReviewSession {
  today: StudyDay;
  cards: SessionCard[];
  overdue: number;
  dueToday: number;
  deferred: number;
  reviewedToday: number;
  newStudiedToday: number;
}

/**
 * Today's review session: due cards (overdue oldest first) within the daily cap, then new cards within
 * the new-card limit, optionally for one note or subject. Counts already answered today come from the
 * stored reviews, so a reload or a second device continues the same day's quota.
 */
export async function loadReviewSession(options: {
  userId: string;
  now: Date;
  noteId?: string;
  subject?: string;
  /** The user's settings when the caller already has them (the signed-in user does). */
  settings?: UserScheduleSettings;
}): Promise<ReviewSession> {
  const settings = options.settings ?? (await findScheduleSettings({ userId: options.userId }));
  const today = studyDayOf(options.now, settings);
  const todayDate = dayToDate(today);
  const dueFilter = {
    userId: options.userId,
    status: "active" as const,
    ...(options.noteId ? { noteId: options.noteId } : {}),
    ...(options.subject ? { note: { subject: options.subject } } : {}),
  };
  const [answered, due, fresh, overdue, dueToday] = await Promise.all([
    db().review.groupBy({
      by: ["grade"],
      where: { userId: options.userId, studyDay: todayDate, undoneAt: null },
      _count: { _all: true },
    }),
    // Only what today's cap can show is loaded; the totals come from counts on the same index.
    findDueCards({ ...options, on: today, limit: settings.dailyReviewCap }),
    db().card.findMany({
      where: {
        userId: options.userId,
        status: "active",
        stage: "new",
        ...(options.noteId ? { noteId: options.noteId } : {}),
        ...(options.subject ? { note: { subject: options.subject } } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { noteId: "asc" }, { line: "asc" }],
      take: settings.dailyNewLimit,
      select: {
        id: true,
        front: true,
        back: true,
        line: true,
        reps: true,
        note: { select: { id: true, title: true } },
      },
    }),
    db().card.count({ where: { ...dueFilter, dueOn: { lt: todayDate } } }),
    db().card.count({ where: { ...dueFilter, dueOn: todayDate } }),
  ]);
  const newStudiedToday = answered.find((row) => row.grade === "first-study")?._count._all ?? 0;
  const reviewedToday = answered.reduce((sum, row) => sum + row._count._all, 0) - newStudiedToday;
  const candidates = [
    ...due.map((card) => ({ ...card, dueOn: card.due as StudyDay | null, isNew: false })),
    ...fresh.map((card) => ({
      id: card.id,
      note: card.note.title,
      noteId: card.note.id,
      front: card.front,
      back: card.back,
      line: card.line,
      reps: card.reps,
      checkpoint: null,
      due: null,
      dueOn: null,
      isNew: true,
    })),
  ];
  const queue = buildQueue(candidates, today, settings, reviewedToday, newStudiedToday);
  const strip = ({ dueOn: _dueOn, ...card }: (typeof candidates)[number]): SessionCard => card;
  return {
    today,
    cards: [...queue.reviews, ...queue.newCards].map(strip),
    overdue,
    dueToday,
    deferred: overdue + dueToday - queue.reviews.length,
    reviewedToday,
    newStudiedToday,
  };
}

/** How many active cards fall due on the day after `today` (for the end-of-session summary). */
export async function countDueOn(options: { userId: string; day: StudyDay }): Promise<number> {
  return db().card.count({ where: { userId: options.userId, status: "active", dueOn: dayToDate(options.day) } });
}
