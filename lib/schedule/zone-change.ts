import { addDays, maxDay, studyDayOf } from "./days";
import type { CardSchedule, StudyDay, UserScheduleSettings } from "./types";

/**
 * A card's due day after the user changes time zone or day-start hour.
 *
 * Study days already taken stay what they were (day 0, checkpoint dates and the stored due day are
 * calendar dates of the zone at the time). The one thing the change may break is "never due again on the
 * day it was answered": an answer at 09:00 in Seoul was study day 1 Dec under UTC (00:00, before the
 * 04:00 day start), due 2 Dec; in Seoul that answer is on 2 Dec. So the due day becomes at least the day
 * after the last answer's study day in the new settings. It never moves earlier.
 * @example dueAfterSettingsChange({ dueOn: "2026-12-02", lastReviewedAt: "2026-12-02T00:00:00Z" },
 *   { timeZone: "Asia/Seoul", dayStartHour: 4 }) // "2026-12-03"
 */
export function dueAfterSettingsChange(
  card: Pick<CardSchedule, "dueOn" | "lastReviewedAt">,
  settings: Pick<UserScheduleSettings, "timeZone" | "dayStartHour">,
): StudyDay | null {
  if (card.dueOn === null || card.lastReviewedAt === null) return card.dueOn;
  const answeredOn = studyDayOf(new Date(card.lastReviewedAt), settings);
  return maxDay(card.dueOn, addDays(answeredOn, 1));
}

/**
 * How far back an answer can still be affected: zone offsets differ by at most 26 h and day-start hours
 * by 23 h, so an answer older than this has a due day past its new study day anyway.
 */
export const SETTINGS_CHANGE_REACH_MS = 4 * 86_400_000;
