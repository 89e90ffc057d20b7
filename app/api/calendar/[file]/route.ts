import { createHash } from "node:crypto";
import { findCalendarFeedOwner } from "@/lib/db/reminders/calendar-token";
import { loadCalendarDays } from "@/lib/db/reminders/calendar-days";
import { buildCalendar } from "@/lib/reminders";
import { reminderConfig } from "@/lib/server/reminders/config";
import { reminderLocale } from "@/lib/server/reminders/digest-message";
import { studyDayOf } from "@/lib/schedule";

export const dynamic = "force-dynamic";

const FEED_DAYS = 90;

/**
 * The private iCalendar feed `/api/calendar/<token>.ics`, read by calendar apps without a session: the
 * secret token is the key. Unknown or revoked tokens get a plain 404 (nothing tells them apart).
 */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const owner = file.endsWith(".ics") ? await findCalendarFeedOwner({ token: file.slice(0, -4) }) : null;
  if (!owner) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const now = new Date();
  const config = reminderConfig();
  const days = await loadCalendarDays({ userId: owner.userId, from: studyDayOf(now, owner), days: FEED_DAYS });
  const ics = buildCalendar({
    days,
    timeZone: owner.timeZone,
    reminderTime: owner.reminderTime,
    appUrl: `${config.appUrl}/review`,
    locale: reminderLocale(owner.locale),
    now,
    // Stable per user, without putting the user id itself in every event.
    calendarId: createHash("sha256").update(owner.userId).digest("hex").slice(0, 16),
  });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="recall.ics"',
      "Cache-Control": "private, max-age=900",
      "X-Robots-Tag": "noindex",
    },
  });
}
