import { db } from "@/lib/db/client";
import { dateToDay, dayToDate } from "@/lib/db/cards/schedule-columns";
import { type CalendarDay, reminderDayOf } from "@/lib/reminders";
import { addDays, maxDay, type StudyDay } from "@/lib/schedule";

/**
 * Due counts per day (and per subject) from `from` for `days` days: the calendar feed's events.
 * Overdue cards are counted on `from`, since that is when they will be reviewed. Days are study days
 * (as due dates are); each event goes on the local day `reminderDayOf` names.
 */
export async function loadCalendarDays(options: {
  userId: string;
  from: StudyDay;
  days: number;
}): Promise<CalendarDay[]> {
  const to = addDays(options.from, options.days - 1);
  const rows = await db().card.findMany({
    where: { userId: options.userId, status: "active", dueOn: { lte: dayToDate(to) } },
    select: { dueOn: true, note: { select: { subject: true } } },
  });
  const byDay = new Map<StudyDay, Map<string | null, number>>();
  for (const row of rows) {
    const due = dateToDay(row.dueOn as Date);
    const day = maxDay(due, options.from);
    const subjects = byDay.get(day) ?? new Map<string | null, number>();
    subjects.set(row.note.subject, (subjects.get(row.note.subject) ?? 0) + 1);
    byDay.set(day, subjects);
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, subjects]) => ({
      day: reminderDayOf(day),
      dueCount: [...subjects.values()].reduce((sum, n) => sum + n, 0),
      bySubject: [...subjects].map(([subject, count]) => ({ subject, count })),
    }));
}
