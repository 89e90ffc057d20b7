import { db } from "@/lib/db/client";
import { type UserScheduleSettings, assertValidSettings } from "@/lib/schedule";

/**
 * Saves a user's study settings (zone, day start, daily caps, target retention). Throws
 * `AppError("INVALID_INPUT")` before writing anything when a value is out of range. Cards keep their due
 * days: a new zone or day start applies from the next answer on.
 */
export async function updateScheduleSettings(options: { userId: string } & UserScheduleSettings): Promise<void> {
  const { userId, ...settings } = options;
  assertValidSettings(settings);
  await db().user.update({ where: { id: userId }, data: settings, select: { id: true } });
}
