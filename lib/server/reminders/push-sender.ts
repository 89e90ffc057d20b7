import webpush from "web-push";
import { checkPublicEndpoint, publicOnlyAgent } from "@/lib/server/net/public-endpoint";
import { listPushSubscriptions, removePushSubscription } from "@/lib/db/reminders/push-subscriptions";

export interface PushPayload {
  title: string;
  body: string;
  /** Opened when the notification is clicked. */
  url: string;
  /** Notifications with the same tag replace each other (one per day). */
  tag: string;
}

export interface PushSender {
  send(userId: string, payload: PushPayload): Promise<void>;
}

/**
 * Web Push to every browser the user subscribed, signed with the VAPID keys. Subscriptions the push
 * service reports gone (404/410) are deleted. Throws when no browser received it, so the job retries.
 */
export function createPushSender(vapid: { publicKey: string; privateKey: string; subject: string }): PushSender {
  return {
    async send(userId, payload) {
      const subscriptions = await listPushSubscriptions({ userId });
      const errors: string[] = [];
      let delivered = 0;
      for (const subscription of subscriptions) {
        try {
          // Stored before the check existed, or re-pointed by DNS since: refused here and at connect time.
          if ((await checkPublicEndpoint(subscription.endpoint)) !== "ok") {
            errors.push("the push service address is not allowed");
            continue;
          }
          await webpush.sendNotification(subscription, JSON.stringify(payload), {
            vapidDetails: vapid,
            TTL: 12 * 60 * 60,
            timeout: 15_000,
            agent: publicOnlyAgent,
          });
          delivered++;
        } catch (error) {
          const status = (error as { statusCode?: number }).statusCode;
          if (status === 404 || status === 410) {
            await removePushSubscription({ userId, endpoint: subscription.endpoint });
          } else {
            // Never the network error's text: it is stored and shown, and would let a user probe ports.
            errors.push(status ? `the push service answered ${status}` : "the push service could not be reached");
          }
        }
      }
      if (delivered === 0 && errors.length > 0) throw new Error(`Push failed: ${errors.join("; ")}`);
    },
  };
}
