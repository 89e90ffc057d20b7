import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { UserScheduleSettings } from "@/lib/schedule";

/** The user's scheduling settings (zone, day start, caps, retention), as the scheduler takes them. */
export async function findScheduleSettings(options: { userId: string }): Promise<UserScheduleSettings> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { timeZone: true, dayStartHour: true, dailyReviewCap: true, dailyNewLimit: true, targetRetention: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "user not found", { reason: "not-found" });
  return user;
}
