import { scheduleColumns, storedSchedule } from "@/lib/db/cards/schedule-columns";
import { db } from "@/lib/db/client";
import {
  assertValidSettings,
  dueAfterSettingsChange,
  SETTINGS_CHANGE_REACH_MS,
  type UserScheduleSettings,
} from "@/lib/schedule";

/**
 * Saves a user's study settings (zone, day start, daily caps, target retention). Throws
 * `AppError("INVALID_INPUT")` before writing anything when a value is out of range. Study days already
 * taken stay as they are; a new zone or day start only pushes back cards answered recently that would
 * otherwise be due again on the (new) day they were answered (`dueAfterSettingsChange`,
 * docs/scheduling.md). Returns how many cards moved.
 */
export async function updateScheduleSettings(
  options: { userId: string; now?: Date } & UserScheduleSettings,
): Promise<{ cardsMoved: number }> {
  const { userId, now = new Date(), ...settings } = options;
  assertValidSettings(settings);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { timeZone: true, dayStartHour: true },
    });
    await tx.user.update({ where: { id: userId }, data: settings, select: { id: true } });
    if (before.timeZone === settings.timeZone && before.dayStartHour === settings.dayStartHour)
      return { cardsMoved: 0 };
    const recent = await tx.card.findMany({
      where: {
        userId,
        dueOn: { not: null },
        lastReviewedAt: { gte: new Date(now.getTime() - SETTINGS_CHANGE_REACH_MS) },
      },
      select: { id: true, schedule: true },
    });
    let cardsMoved = 0;
    for (const card of recent) {
      const schedule = storedSchedule(card.schedule);
      const dueOn = dueAfterSettingsChange(schedule, settings);
      if (dueOn === schedule.dueOn) continue;
      await tx.card.update({
        where: { id: card.id, userId },
        data: scheduleColumns({ ...schedule, dueOn }),
        select: { id: true },
      });
      cardsMoved += 1;
    }
    return { cardsMoved };
  });
}
