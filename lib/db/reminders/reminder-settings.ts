import { db } from "@/lib/db/client";
import { dateToLocalDay, dayToDate } from "@/lib/db/cards/schedule-columns";
import { AppError } from "@/lib/errors";
import { type LocalDay, parseReminderTime } from "@/lib/reminders";

/** A user's reminder settings with defaults filled in (a user who never saved them has no row). */
export interface ReminderSettingsView {
  enabled: boolean;
  emailEnabled: boolean;
  calendarEnabled: boolean;
  pushEnabled: boolean;
  reminderTime: string;
  skipWhenNothingDue: boolean;
  pausedUntil: LocalDay | null;
  unsubscribedAt: Date | null;
  calendarToken: string | null;
  timeZone: string;
}

const DEFAULTS = {
  enabled: false,
  emailEnabled: true,
  calendarEnabled: false,
  pushEnabled: false,
  reminderTime: "08:00",
  skipWhenNothingDue: true,
  pausedUntil: null,
  unsubscribedAt: null,
  calendarToken: null,
} as const;

/** The settings of one user; throws NOT_FOUND for an unknown user. */
export async function findReminderSettings(options: { userId: string }): Promise<ReminderSettingsView> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { timeZone: true, reminderSettings: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "user not found", { reason: "not-found" });
  const s = user.reminderSettings;
  if (!s) return { ...DEFAULTS, timeZone: user.timeZone };
  return {
    enabled: s.enabled,
    emailEnabled: s.emailEnabled,
    calendarEnabled: s.calendarEnabled,
    pushEnabled: s.pushEnabled,
    reminderTime: s.reminderTime,
    skipWhenNothingDue: s.skipWhenNothingDue,
    pausedUntil: dateToLocalDay(s.pausedUntil),
    unsubscribedAt: s.unsubscribedAt,
    calendarToken: s.calendarToken,
    timeZone: user.timeZone,
  };
}

export interface SaveReminderSettings {
  userId: string;
  enabled: boolean;
  emailEnabled: boolean;
  pushEnabled: boolean;
  reminderTime: string;
  skipWhenNothingDue: boolean;
  pausedUntil: LocalDay | null;
}

/**
 * Saves the settings form. Turning email on from settings is an explicit opt-in, so it clears an
 * earlier one-click unsubscribe and bumps the unsubscribe version: the links in every earlier mail stop
 * working. Reminders follow the user's own time zone (saved with the study settings).
 */
export async function saveReminderSettings(options: SaveReminderSettings): Promise<void> {
  parseReminderTime(options.reminderTime);
  const { userId, ...fields } = options;
  const data = { ...fields, pausedUntil: dayToDate(options.pausedUntil) };
  await db().$transaction(async (tx) => {
    if (options.enabled && options.emailEnabled) {
      await tx.reminderSettings.updateMany({
        where: { userId, unsubscribedAt: { not: null } },
        data: { unsubscribedAt: null, unsubscribeVersion: { increment: 1 } },
      });
    }
    await tx.reminderSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  });
}
