import { db } from "@/lib/db/client";

/**
 * Stops digest emails for a user (one-click unsubscribe). Idempotent: a repeated click keeps the first
 * time. Returns false when the user no longer exists.
 */
export async function unsubscribeEmail(options: { userId: string; at: Date }): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: options.userId }, select: { id: true } });
  if (!user) return false;
  await db().reminderSettings.upsert({
    where: { userId: options.userId },
    create: { userId: options.userId, unsubscribedAt: options.at },
    update: {},
  });
  await db().reminderSettings.updateMany({
    where: { userId: options.userId, unsubscribedAt: null },
    data: { unsubscribedAt: options.at },
  });
  return true;
}
