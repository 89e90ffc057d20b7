"use server";

import { z } from "zod";
import { removePushSubscription, savePushSubscription } from "@/lib/db/reminders/push-subscriptions";
import { pushSubscriptionSchema } from "@/lib/validations/reminders";
import { authedAction } from "./_lib/action";

/** Stores this browser's push subscription (its `toJSON()`, checked here) and turns the channel on. */
export const subscribePush = authedAction(z.unknown().pipe(pushSubscriptionSchema), async (subscription, user) => {
  await savePushSubscription({ userId: user.id, ...subscription });
});

/** Forgets this browser's subscription (the user turned notifications off here). */
export const unsubscribePush = authedAction(
  z.object({ endpoint: z.string().max(2000) }),
  async ({ endpoint }, user) => {
    await removePushSubscription({ userId: user.id, endpoint });
  },
);
