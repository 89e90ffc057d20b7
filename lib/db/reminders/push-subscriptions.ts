import { db } from "@/lib/db/client";

export interface PushKeys {
  p256dh: string;
  auth: string;
}

/**
 * Stores a browser's push subscription for the user and turns the notification channel on. An
 * endpoint is one browser profile: if another account registered it on the same browser, it moves here.
 */
export async function savePushSubscription(options: { userId: string; endpoint: string; keys: PushKeys }) {
  const { userId } = options;
  await db().$transaction([
    db().pushSubscription.upsert({
      where: { endpoint: options.endpoint },
      create: { userId, endpoint: options.endpoint, keys: { ...options.keys } },
      update: { userId, keys: { ...options.keys } },
    }),
    db().reminderSettings.upsert({
      where: { userId },
      create: { userId, pushEnabled: true },
      update: { pushEnabled: true },
    }),
  ]);
}

/** Removes one of the user's subscriptions (unsubscribed in the browser, or gone at the push service). */
export async function removePushSubscription(options: { userId: string; endpoint: string }) {
  await db().pushSubscription.deleteMany({ where: { userId: options.userId, endpoint: options.endpoint } });
}

export async function listPushSubscriptions(options: { userId: string }) {
  const rows = await db().pushSubscription.findMany({
    where: { userId: options.userId },
    select: { endpoint: true, keys: true },
  });
  return rows.map((row) => ({ endpoint: row.endpoint, keys: row.keys as unknown as PushKeys }));
}
