import { db } from "@/lib/db/client";

/**
 * Stops digest emails for a user (one-click unsubscribe) when `version` is still the account's
 * unsubscribe version (a link from before the student re-subscribed is revoked). Idempotent: a repeated
 * click keeps the first time. Returns false for a revoked link or an account that no longer exists.
 */
export async function unsubscribeEmail(options: { userId: string; version: number; at: Date }): Promise<boolean> {
  const settings = await db().reminderSettings.findUnique({
    where: { userId: options.userId },
    select: { unsubscribeVersion: true },
  });
  // Links are only mailed to accounts with settings, so a missing row means a deleted account.
  if (!settings || settings.unsubscribeVersion !== options.version) return false;
  await db().reminderSettings.updateMany({
    where: { userId: options.userId, unsubscribeVersion: options.version, unsubscribedAt: null },
    data: { unsubscribedAt: options.at },
  });
  return true;
}
