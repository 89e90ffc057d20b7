import type { DigestCheckpoint } from "./messages";
import { addDays, type StudyDay } from "@/lib/schedule";

/** One active due card as the digest needs it (study days as `YYYY-MM-DD`). */
export interface DueCardRow {
  noteId: string;
  noteTitle: string;
  subject: string | null;
  checkpoint: string | null;
  dueOn: StudyDay;
}

export interface DueSummary {
  total: number;
  dueBySubject: { subject: string | null; count: number }[];
  dueByCheckpoint: { checkpoint: DigestCheckpoint; count: number }[];
  /** Notes with a card due exactly `today` at the 4-, 7- or 14-day checkpoint (overdue ones are not "reaching"). */
  notesReachingCheckpoint: { noteId: string; title: string; checkpoint: DigestCheckpoint }[];
}

const CHECKPOINT_ORDER: readonly DigestCheckpoint[] = ["1", "4", "7", "14", "long-term"];
const MILESTONES = new Set(["4", "7", "14"]);

/** A stored checkpoint column as a digest checkpoint; anything unknown (or null) counts as long-term. */
export function toDigestCheckpoint(value: string | null): DigestCheckpoint {
  return value === "1" || value === "4" || value === "7" || value === "14" ? value : "long-term";
}

/**
 * Groups the cards due on or before `today` for the digest: counts per subject (largest first, then by
 * name), per checkpoint (ladder order), and the notes reaching a 4/7/14-day checkpoint today (each note
 * once, at its highest such checkpoint). Rows due after `today` are ignored.
 */
export function summarizeDueCards(rows: readonly DueCardRow[], today: StudyDay): DueSummary {
  const due = rows.filter((row) => row.dueOn <= today);
  const bySubject = new Map<string | null, number>();
  const byCheckpoint = new Map<DigestCheckpoint, number>();
  const reaching = new Map<string, { noteId: string; title: string; checkpoint: DigestCheckpoint }>();
  for (const row of due) {
    bySubject.set(row.subject, (bySubject.get(row.subject) ?? 0) + 1);
    const checkpoint = toDigestCheckpoint(row.checkpoint);
    byCheckpoint.set(checkpoint, (byCheckpoint.get(checkpoint) ?? 0) + 1);
    if (row.dueOn === today && MILESTONES.has(checkpoint)) {
      const seen = reaching.get(row.noteId);
      if (!seen || Number(seen.checkpoint) < Number(checkpoint)) {
        reaching.set(row.noteId, { noteId: row.noteId, title: row.noteTitle, checkpoint });
      }
    }
  }
  return {
    total: due.length,
    dueBySubject: [...bySubject]
      .map(([subject, count]) => ({ subject, count }))
      .sort((a, b) => b.count - a.count || (a.subject ?? "\uffff").localeCompare(b.subject ?? "\uffff")),
    dueByCheckpoint: CHECKPOINT_ORDER.filter((c) => byCheckpoint.has(c)).map((checkpoint) => ({
      checkpoint,
      count: byCheckpoint.get(checkpoint) ?? 0,
    })),
    notesReachingCheckpoint: [...reaching.values()].sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/**
 * Consecutive study days ending today, or ending yesterday when nothing was studied yet today (the
 * streak is not lost before the day is over). `studyDays` may be unsorted and repeat.
 *
 * @example studyStreak(["2026-03-08", "2026-03-09"], "2026-03-10") // 2
 */
export function studyStreak(studyDays: readonly StudyDay[], today: StudyDay): number {
  const days = new Set(studyDays);
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}
