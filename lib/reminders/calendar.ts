import ical from "ical-generator";
import { safeUrl } from "./digest";
import { type LocalDay, sendTimeOn } from "./local-day";
import { type ReminderLocale, reminderMessages } from "./messages";

export interface CalendarDay {
  day: LocalDay;
  /** Cards due that day; days with 0 get no event. */
  dueCount: number;
  /** Due cards per subject (`null` = no subject), listed in the event description. */
  bySubject: readonly { subject: string | null; count: number }[];
}

export interface CalendarInput {
  days: readonly CalendarDay[];
  timeZone: string;
  /** Events start at this local time (`HH:MM`), DST-resolved like the email. */
  reminderTime: string;
  /** Link put on every event, normally the review page. */
  appUrl: string;
  locale: ReminderLocale;
  /** DTSTAMP of the events: the time the feed is generated (a parameter, so output is reproducible). */
  now: Date;
  /** Makes event UIDs unique per feed (for example a hash of the user id); default "reviews". */
  calendarId?: string;
  /** Event length in minutes; default 30. */
  durationMinutes?: number;
}

/** Suggested refresh interval for subscribed calendars (X-PUBLISHED-TTL / REFRESH-INTERVAL). */
export const CALENDAR_TTL_SECONDS = 60 * 60;

/**
 * An iCalendar (RFC 5545) feed with one event per day that has reviews due, at the reminder time in
 * the user's zone (written in UTC, so no VTIMEZONE is needed), titled with the due count and listing
 * the subjects. UIDs are stable per day, so calendar apps update events in place on refresh.
 *
 * @example buildCalendar({ days: [{ day: "2026-03-10", dueCount: 12, bySubject: [] }], timeZone: "Asia/Seoul",
 *   reminderTime: "08:00", appUrl: "https://recall.example/review", locale: "ko", now }) // "BEGIN:VCALENDAR…"
 */
export function buildCalendar(input: CalendarInput): string {
  const m = reminderMessages[input.locale];
  const nf = new Intl.NumberFormat(m.intlLocale);
  const url = safeUrl(input.appUrl);
  const host = new URL(url).hostname || "recall";
  const calendarId = input.calendarId ?? "reviews";
  const duration = (input.durationMinutes ?? 30) * 60_000;
  const calendar = ical({
    name: m.calendarName,
    description: m.calendarDescription,
    prodId: { company: "Recall", product: "Recall reviews", language: input.locale.toUpperCase() },
    ttl: CALENDAR_TTL_SECONDS,
    url,
    x: [["X-WR-TIMEZONE", input.timeZone]],
  });
  const seen = new Set<string>();
  for (const day of input.days) {
    if (day.dueCount <= 0 || seen.has(day.day)) continue;
    seen.add(day.day);
    const start = sendTimeOn(day.day, input.timeZone, input.reminderTime);
    const subjects = day.bySubject
      .filter((s) => s.count > 0)
      .map((s) => `${s.subject ?? m.noSubject}: ${nf.format(s.count)}`);
    calendar.createEvent({
      id: `${calendarId}-${day.day}@${host}`,
      start,
      end: new Date(start.getTime() + duration),
      stamp: input.now,
      summary: m.eventSummary(day.dueCount, nf.format(day.dueCount)),
      description: [...subjects, url].join("\n"),
      url,
    });
  }
  return calendar.toString();
}
