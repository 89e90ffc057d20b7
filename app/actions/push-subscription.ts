"use server";

import { z } from "zod";
import { removePushSubscription, savePushSubscription } from "@/lib/db/reminders/push-subscriptions";
import { AppError } from "@/lib/errors";
import { checkPublicEndpoint } from "@/lib/server/net/public-endpoint";
import { pushSubscriptionSchema } from "@/lib/validations/reminders";
import { authedAction } from "./_lib/action";

/** Stores this browser's push subscription (its `toJSON()`, checked here) and turns the channel on. */
export const subscribePush = authedAction(z.unknown().pipe(pushSubscriptionSchema), async (subscription, user) => {
  // The reminder worker will connect to this URL: only public push services, never internal addresses.
  if ((await checkPublicEndpoint(subscription.endpoint)) !== "ok") {
    throw new AppError("INVALID_INPUT", "Push endpoints must be public push services.", {
      reason: "invalid-input",
      field: "endpoint",
    });
  }
  await savePushSubscription({ userId: user.id, ...subscription });
});

/** Forgets this browser's subscription (the user turned notifications off here). */
export const unsubscribePush = authedAction(
  z.object({ endpoint: z.string().max(2000) }),
  async ({ endpoint }, user) => {
    await removePushSubscription({ userId: user.id, endpoint });
  },
);
