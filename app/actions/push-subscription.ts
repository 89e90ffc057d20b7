"use server";

import { requireUser } from "@/lib/auth/session";
import { savePushSubscription, removePushSubscription } from "@/lib/db/reminders/push-subscriptions";
import { checkPublicEndpoint } from "@/lib/server/net/public-endpoint";
import { pushSubscriptionSchema } from "@/lib/validations/reminders";

/** Stores this browser's push subscription and turns the notification channel on. */
export async function subscribePush(subscription: unknown): Promise<{ ok: boolean }> {
  const user = await requireUser();
  const parsed = pushSubscriptionSchema.safeParse(subscription);
  if (!parsed.success) return { ok: false };
  // The reminder worker will connect to this URL: only public push services, never internal addresses.
  if ((await checkPublicEndpoint(parsed.data.endpoint)) !== "ok") return { ok: false };
  await savePushSubscription({ userId: user.id, ...parsed.data });
  return { ok: true };
}

/** Forgets this browser's subscription (the user turned notifications off here). */
export async function unsubscribePush(endpoint: unknown): Promise<{ ok: boolean }> {
  const user = await requireUser();
  if (typeof endpoint !== "string" || endpoint.length > 2000) return { ok: false };
  await removePushSubscription({ userId: user.id, endpoint });
  return { ok: true };
}
