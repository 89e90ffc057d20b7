import { db } from "@/lib/db/client";
import type { DeliveryChannel, LocalDay } from "@/lib/reminders";

/**
 * Records a day as deliberately skipped (nothing due and the user skips such days) on each channel, so
 * the day is settled and no later check sends it. Rows that already exist are left alone.
 */
export async function recordSkippedDay(options: {
  userId: string;
  localDay: LocalDay;
  channels: readonly DeliveryChannel[];
  reason: string;
}): Promise<void> {
  await db().reminderDelivery.createMany({
    data: options.channels.map((channel) => ({
      userId: options.userId,
      localDay: options.localDay,
      channel,
      status: "skipped",
      lastError: options.reason,
    })),
    skipDuplicates: true,
  });
}

/** Marks the unsettled deliveries of a day that has ended as failed: a late retry must not send them. */
export async function failUnsentDay(options: { userId: string; localDay: LocalDay; reason: string }): Promise<void> {
  await db().reminderDelivery.updateMany({
    where: { userId: options.userId, localDay: options.localDay, status: "pending" },
    data: { status: "failed", lastError: options.reason },
  });
}
