import { db } from "@/lib/db/client";
import { dateToDay, dayToDate } from "@/lib/db/cards/schedule-columns";
import type { DueCardRow } from "@/lib/reminders";
import type { StudyDay } from "@/lib/schedule";

/** The user's active cards due on or before `on` (a study day), with their note's title and subject. */
export async function loadDueCards(options: { userId: string; on: StudyDay }): Promise<DueCardRow[]> {
  const rows = await db().card.findMany({
    where: { userId: options.userId, status: "active", dueOn: { lte: dayToDate(options.on) } },
    select: { noteId: true, checkpoint: true, dueOn: true, note: { select: { title: true, subject: true } } },
  });
  return rows.map((row) => ({
    noteId: row.noteId,
    noteTitle: row.note.title,
    subject: row.note.subject,
    checkpoint: row.checkpoint,
    dueOn: dateToDay(row.dueOn as Date),
  }));
}

/** Days (study days) on which the user reviewed something, most recent first, at most `limit` of them. */
export async function loadStudyDays(options: { userId: string; limit?: number }): Promise<StudyDay[]> {
  const rows = await db().review.findMany({
    where: { userId: options.userId, undoneAt: null },
    distinct: ["studyDay"],
    orderBy: { studyDay: "desc" },
    take: options.limit ?? 400,
    select: { studyDay: true },
  });
  return rows.map((row) => dateToDay(row.studyDay));
}

/** How many active cards are due on or before `on`: the badge and banner count. */
export async function countDueCards(options: { userId: string; on: StudyDay }): Promise<number> {
  return db().card.count({
    where: { userId: options.userId, status: "active", dueOn: { lte: dayToDate(options.on) } },
  });
}
