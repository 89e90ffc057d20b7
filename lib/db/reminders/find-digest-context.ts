import { db } from "@/lib/db/client";
import { dateToLocalDay } from "@/lib/db/cards/schedule-columns";
import type { LocalDay } from "@/lib/reminders";

export interface DigestContext {
  user: {
    email: string;
    name: string | null;
    locale: string | null;
    timeZone: string;
    dayStartHour: number;
    unsubscribeVersion: number;
  };
  enabled: boolean;
  emailEnabled: boolean;
  unsubscribed: boolean;
  pushEnabled: boolean;
  reminderTime: string;
  skipWhenNothingDue: boolean;
  pausedUntil: LocalDay | null;
  pushSubscriptions: number;
  /** Latest day with a delivery row other than `day` (rows of `day` itself are checked per channel). */
  lastSentLocalDay: LocalDay | null;
  /** The delivery rows already recorded for `day`. */
  dayRows: { channel: string; status: string }[];
}

/** Everything the digest job decides on for one user and local day; null when reminders were never set. */
export async function findDigestContext(options: { userId: string; day: LocalDay }): Promise<DigestContext | null> {
  const { userId, day } = options;
  const [user, last, dayRows, pushSubscriptions] = await Promise.all([
    db().user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        locale: true,
        timeZone: true,
        dayStartHour: true,
        reminderSettings: true,
      },
    }),
    db().reminderDelivery.aggregate({ where: { userId, localDay: { not: day } }, _max: { localDay: true } }),
    db().reminderDelivery.findMany({ where: { userId, localDay: day }, select: { channel: true, status: true } }),
    db().pushSubscription.count({ where: { userId } }),
  ]);
  const s = user?.reminderSettings;
  if (!user || !s) return null;
  return {
    user: {
      email: user.email,
      name: user.name,
      locale: user.locale,
      timeZone: user.timeZone,
      dayStartHour: user.dayStartHour,
      unsubscribeVersion: s.unsubscribeVersion,
    },
    enabled: s.enabled,
    emailEnabled: s.emailEnabled,
    unsubscribed: s.unsubscribedAt !== null,
    pushEnabled: s.pushEnabled,
    reminderTime: s.reminderTime,
    skipWhenNothingDue: s.skipWhenNothingDue,
    pausedUntil: dateToLocalDay(s.pausedUntil),
    pushSubscriptions,
    lastSentLocalDay: last._max.localDay,
    dayRows,
  };
}
