import { db } from "@/lib/db/client";
import { type CheckpointLabel, type StudyDay, addDays } from "@/lib/schedule";
import { type DueCount, type ForecastDay, dueNow, forecastDue, nextDueAfter } from "@/lib/stats";
import { CHECKPOINT_LABELS, toCheckpointLabel } from "./checkpoint-label";

export interface DueToday {
  /** Overdue plus today's cards. */
  dueNow: number;
  bySubject: { subject: string | null; count: number }[];
  byCheckpoint: { checkpoint: CheckpointLabel; count: number }[];
  /** Active cards never studied. */
  newCards: number;
  /** First day after today with a due card, when nothing is due now (else null). */
  nextDueOn: StudyDay | null;
  forecast: ForecastDay[];
}

interface DueGroup {
  subject: string | null;
  checkpoint: string | null;
  count: number;
}

/**
 * Today's work and the next `days` days, read from the (userId, status, dueOn, checkpoint, noteId) index
 * without touching card rows: cards due now by subject and checkpoint, due counts per day (overdue
 * included), and new cards (the index's `dueOn is null` entries).
 */
export async function loadDueToday(options: { userId: string; today: StudyDay; days?: number }): Promise<DueToday> {
  const days = options.days ?? 30;
  const end = addDays(options.today, days);
  const [due, counts, [fresh]] = await Promise.all([
    db().$queryRaw<DueGroup[]>`
      select n.subject, c.checkpoint, count(*)::int as count
      from "Card" c join "Note" n on n.id = c."noteId"
      where c."userId" = ${options.userId} and c.status = 'active' and c."dueOn" <= ${options.today}::date
      group by 1, 2`,
    db().$queryRaw<DueCount[]>`
      select "dueOn"::text as "dueOn", count(*)::int as count from "Card"
      where "userId" = ${options.userId} and status = 'active' and "dueOn" < ${end}::date
      group by "dueOn"`,
    db().$queryRaw<{ count: number }[]>`
      select count(*)::int as count from "Card"
      where "userId" = ${options.userId} and status = 'active' and "dueOn" is null`,
  ]);
  const bySubject = new Map<string | null, number>();
  const byCheckpoint = new Map<CheckpointLabel, number>(CHECKPOINT_LABELS.map((label) => [label, 0]));
  for (const g of due) {
    bySubject.set(g.subject, (bySubject.get(g.subject) ?? 0) + g.count);
    const label = toCheckpointLabel(g.checkpoint);
    if (label !== null) byCheckpoint.set(label, (byCheckpoint.get(label) ?? 0) + g.count);
  }
  const total = dueNow(counts, options.today);
  return {
    dueNow: total,
    bySubject: [...bySubject]
      .map(([subject, count]) => ({ subject, count }))
      .sort((a, b) => b.count - a.count || String(a.subject ?? "").localeCompare(String(b.subject ?? ""))),
    byCheckpoint: [...byCheckpoint].map(([checkpoint, count]) => ({ checkpoint, count })),
    newCards: fresh?.count ?? 0,
    nextDueOn: total > 0 ? null : (nextDueAfter(counts, options.today) ?? (await findNextDue(options))),
    forecast: forecastDue(counts, options.today, days),
  };
}

/** The first due day after today, beyond the forecast window (a single index probe). */
async function findNextDue(options: { userId: string; today: StudyDay }): Promise<StudyDay | null> {
  const [row] = await db().$queryRaw<{ next: StudyDay | null }[]>`
    select min("dueOn")::text as next from "Card"
    where "userId" = ${options.userId} and status = 'active' and "dueOn" > ${options.today}::date`;
  return row?.next ?? null;
}
