import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { type StudyDay, studyDayOf } from "@/lib/schedule";
import { type DueCard, findDueCards } from "./find-due-cards";

export type ScriptDueCard = Pick<DueCard, "id" | "note" | "front" | "checkpoint" | "due">;

/**
 * The cards due on `on` (default: today in the user's time zone at `now`) as scripts see them: the
 * `cli due --json` and `GET /api/v1/due` contract, one function so the two cannot differ.
 */
export async function dueCardsForScripts(options: {
  userId: string;
  on?: StudyDay;
  now: Date;
}): Promise<ScriptDueCard[]> {
  const on = options.on ?? studyDayOf(options.now, await findScheduleSettings({ userId: options.userId }));
  const cards = await findDueCards({ userId: options.userId, on });
  return cards.map(({ id, note, front, checkpoint, due }) => ({ id, note, front, checkpoint, due }));
}
