import { db } from "@/lib/db/client";
import type { LocalDay } from "@/lib/reminders";

/** A user whose daily digest may be due: reminders on and at least one channel that can deliver. */
export interface ReminderCandidate {
  userId: string;
  timeZone: string;
  reminderTime: string;
  pausedUntil: LocalDay | null;
  /** The latest local day with any delivery row (sent, pending, failed or skipped). */
  lastDay: LocalDay | null;
}

/**
 * All users the scheduler should check this minute. This is the one query that spans users: it is the
 * scheduler's scan, and it returns only ids and schedule fields; everything per user is loaded later,
 * scoped by that user's id. `afterUserId` pages through large installs.
 */
export async function findReminderCandidates(
  options: { afterUserId?: string; limit?: number } = {},
): Promise<ReminderCandidate[]> {
  const after = options.afterUserId ?? "";
  const limit = options.limit ?? 1000;
  return db().$queryRaw<ReminderCandidate[]>`
    select s."userId", u."timeZone", s."reminderTime",
      to_char(s."pausedUntil", 'YYYY-MM-DD') as "pausedUntil",
      (select max(d."localDay") from "ReminderDelivery" d where d."userId" = s."userId") as "lastDay"
    from "ReminderSettings" s
    join "User" u on u.id = s."userId"
    where s.enabled
      and s."userId" > ${after}
      and ((s."emailEnabled" and s."unsubscribedAt" is null)
        or (s."pushEnabled" and exists (select 1 from "PushSubscription" p where p."userId" = s."userId")))
    order by s."userId"
    limit ${limit}`;
}
