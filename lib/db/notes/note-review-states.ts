import { db } from "@/lib/db/client";
import { storedSchedule } from "@/lib/db/cards/schedule-columns";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { type ImportedReview, noteProgress, reviewStateForExport, studyDayOf } from "@/lib/schedule";

/**
 * Each note's current review state as the students' frontmatter records it (first-study day, 1/4/7/14
 * ticks, long-term) and progress (`학습률`, `진행바`), computed from its active cards. Notes never studied have
 * `review: null`.
 */
export async function noteReviewStates(options: {
  userId: string;
  now: Date;
}): Promise<{ path: string; review: ImportedReview | null; progress: { fraction: number; bar: string } }[]> {
  const settings = await findScheduleSettings({ userId: options.userId });
  const today = studyDayOf(options.now, settings);
  const notes = await db().note.findMany({
    // Notes Recall made itself (path "recall:…", e.g. simulator drills) have no file to write back to.
    where: { userId: options.userId, archivedAt: null, NOT: { path: { startsWith: "recall:" } } },
    orderBy: { path: "asc" },
    select: { path: true, cards: { where: { status: "active" }, select: { schedule: true } } },
  });
  return notes.map((note) => {
    const progress = noteProgress(
      note.cards.map((card) => storedSchedule(card.schedule)),
      today,
    );
    return {
      path: note.path,
      review: reviewStateForExport(progress),
      progress: { fraction: progress.fraction, bar: progress.bar },
    };
  });
}
