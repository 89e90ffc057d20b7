import { Prisma } from "@/generated/prisma/client";
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

interface DueRow {
  id: string;
  front: string;
  back: string;
  line: number;
  checkpoint: string | null;
  dueOn: Date;
  reps: number;
  noteId: string;
  note: string;
}

/**
 * Active cards due on or before `on` (overdue first, oldest first), optionally for one note or subject.
 * One statement with the note joined in: it walks the (userId, status, dueOn, …) index in order and stops
 * at `limit`, which keeps the review queue fast for users with a hundred thousand cards.
 */
export async function findDueCards(options: {
  userId: string;
  on: StudyDay;
  noteId?: string;
  subject?: string;
  limit?: number;
}): Promise<DueCard[]> {
  const rows = await db().$queryRaw<DueRow[]>`
    select c.id, c.front, c.back, c.line, c.checkpoint, c."dueOn", c.reps, c."noteId", n.title as note
    from "Card" c join "Note" n on n.id = c."noteId"
    where c."userId" = ${options.userId} and c.status = 'active' and c."dueOn" <= ${dayToDate(options.on)}::date
      ${options.noteId ? Prisma.sql`and c."noteId" = ${options.noteId}` : Prisma.empty}
      ${options.subject ? Prisma.sql`and n.subject = ${options.subject}` : Prisma.empty}
    order by c."dueOn", c."noteId", c.line, c.id
    limit ${options.limit ?? 100_000}`;
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    noteId: row.noteId,
    front: row.front,
    back: row.back,
    line: row.line,
    checkpoint: checkpointValue(row.checkpoint),
    due: dateToDay(row.dueOn),
    reps: row.reps,
  }));
}
