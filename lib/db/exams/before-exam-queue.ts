import type { ReviewSession, SessionCard } from "@/lib/db/cards/load-review-session";
import { beforeExamDaysLeft, examLabel, selectBeforeExamQueue } from "@/lib/exams";
import { checkpointOf, type StudyDay, type UserScheduleSettings } from "@/lib/schedule";
import { findExamTarget } from "./exam-settings";
import { findExamForUser } from "./find-exam";
import { loadMappedCards } from "./mapped-cards";

export interface BeforeExamOffer {
  examCode: string;
  /** The code to show (a custom exam's short code). */
  examLabel: string;
  examDate: StudyDay;
  /** Days until the exam (0 on the exam day). */
  daysLeft: number;
  /** Cards whose predicted recall on exam day is below the target retention (see `selectBeforeExamQueue`). */
  needed: number;
  /** How many of them today's review cap still covers, after the normal due cards. */
  covered: number;
  /** The cards to review, weakest first (for the review page). */
  cards: SessionCard[];
}

/**
 * The "before the exam" queue for today, or null outside the window (no target exam, no date, or more than
 * the user's "before the exam" days before it). Its room is what today's review cap leaves after the answers
 * already given today and the due cards of today's normal `session`, so it never pushes due cards out.
 */
export async function loadBeforeExamQueue(options: {
  userId: string;
  settings: UserScheduleSettings;
  session: Pick<ReviewSession, "today" | "reviewedToday" | "cards">;
}): Promise<BeforeExamOffer | null> {
  const { userId, session } = options;
  const target = await findExamTarget({ userId });
  const daysLeft = beforeExamDaysLeft(session.today, target.examDate, target.beforeExamDays);
  if (target.examCode === null || target.examDate === null || daysLeft === null) return null;
  const profile = await findExamForUser({ userId, code: target.examCode });
  const { mapped } = await loadMappedCards({ userId, profile });
  const dueInSession = session.cards.filter((card) => !card.isNew).length;
  const room = options.settings.dailyReviewCap - session.reviewedToday - dueInSession;
  const queue = selectBeforeExamQueue({
    cards: mapped,
    today: session.today,
    examDate: target.examDate,
    room,
    targetRetention: options.settings.targetRetention,
  });
  const byId = new Map(mapped.map((card) => [card.id, card]));
  const cards = queue.cardIds.flatMap((id): SessionCard[] => {
    const card = byId.get(id);
    if (!card) return [];
    return [
      {
        id: card.id,
        noteId: card.noteId,
        note: card.noteTitle ?? "",
        front: card.front,
        back: card.back,
        line: card.line ?? 0,
        reps: card.schedule.reps,
        isNew: false,
        checkpoint: checkpointOf(card.schedule),
        due: card.schedule.dueOn,
      },
    ];
  });
  return {
    examCode: profile.code,
    examLabel: examLabel(profile),
    examDate: target.examDate,
    daysLeft,
    needed: queue.needed,
    covered: queue.covered,
    cards,
  };
}
