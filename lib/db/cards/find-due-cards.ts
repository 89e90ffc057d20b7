import { db } from "@/lib/db/client";
import type { StudyDay } from "@/lib/schedule";
import { dateToDay, dayToDate } from "./schedule-columns";

export interface DueCard {
  id: string;
  note: string;
  noteId: string;
  front: string;
  back: string;
  line: number;
  checkpoint: 1 | 4 | 7 | 14 | "long-term";
  due: StudyDay;
  reps: number;
}

function checkpointValue(value: string | null): DueCard["checkpoint"] {
  return value === "1" || value === "4" || value === "7" || value === "14"
    ? (Number(value) as 1 | 4 | 7 | 14)
    : "long-term";
}

/** Active cards due on or before `on` (overdue first, oldest first), optionally for one note or subject. */
export async function findDueCards(options: {
  userId: string;
  on: StudyDay;
  noteId?: string;
  subject?: string;
  limit?: number;
}): Promise<DueCard[]> {
  const rows = await db().card.findMany({
    where: {
      userId: options.userId,
      status: "active",
      dueOn: { lte: dayToDate(options.on) },
      ...(options.noteId ? { noteId: options.noteId } : {}),
      ...(options.subject ? { note: { subject: options.subject } } : {}),
    },
    orderBy: [{ dueOn: "asc" }, { noteId: "asc" }, { line: "asc" }],
    take: options.limit,
    select: {
      id: true,
      front: true,
      back: true,
      line: true,
      checkpoint: true,
      dueOn: true,
      reps: true,
      note: { select: { id: true, title: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    note: row.note.title,
    noteId: row.note.id,
    front: row.front,
    back: row.back,
    line: row.line,
    checkpoint: checkpointValue(row.checkpoint),
    due: dateToDay(row.dueOn as Date),
    reps: row.reps,
  }));
}
