import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

/**
 * Turns the calendar feed on with a new secret token (256 random bits, URL-safe) and returns it. The
 * previous URL stops working at once: the token is the only key to the feed.
 */
export async function regenerateCalendarToken(options: { userId: string }): Promise<string> {
  const calendarToken = randomBytes(32).toString("base64url");
  await db().reminderSettings.upsert({
    where: { userId: options.userId },
    create: { userId: options.userId, calendarEnabled: true, calendarToken },
    update: { calendarEnabled: true, calendarToken },
  });
  return calendarToken;
}

/** Turns the calendar feed off and forgets its token, so the old URL answers 404. */
export async function revokeCalendarToken(options: { userId: string }): Promise<void> {
  await db().reminderSettings.updateMany({
    where: { userId: options.userId },
    data: { calendarEnabled: false, calendarToken: null },
  });
}

export interface CalendarFeedOwner {
  userId: string;
  timeZone: string;
  dayStartHour: number;
  reminderTime: string;
  locale: string | null;
}

/** The owner of a calendar token, or null when the token is unknown, revoked or the feed is off. */
export async function findCalendarFeedOwner(options: { token: string }): Promise<CalendarFeedOwner | null> {
  if (options.token.length < 32) return null;
  const row = await db().reminderSettings.findUnique({
    where: { calendarToken: options.token },
    select: {
      userId: true,
      calendarEnabled: true,
      reminderTime: true,
      user: { select: { timeZone: true, dayStartHour: true, locale: true } },
    },
  });
  if (!row?.calendarEnabled) return null;
  return { userId: row.userId, reminderTime: row.reminderTime, ...row.user };
}
