/** Reminder domain: pure send-time rules, digest rendering, calendar feed, signed tokens. See docs/reminders.md. */
export { buildCalendar, CALENDAR_TTL_SECONDS, type CalendarDay, type CalendarInput } from "./calendar";
export { type DigestInput, escapeHtml, formatLocalDay, type RenderedDigest, renderDigest, safeUrl } from "./digest";
export {
  addLocalDays,
  assertTimeZone,
  digestKey,
  isValidTimeZone,
  type LocalDay,
  localDayOf,
  parseLocalDay,
  parseReminderTime,
  reminderDayOf,
  sendTimeOn,
} from "./local-day";
export { type DigestCheckpoint, type ReminderLocale, type ReminderMessages, reminderMessages } from "./messages";
export {
  MISSED_WINDOW_MS,
  nextSendTime,
  type ReminderSchedule,
  type SendCheck,
  type SendDecision,
  type SkipReason,
  shouldSendNow,
} from "./send-time";
// Signed tokens use node:crypto: import them from "@/lib/reminders/tokens" in server code only.
export {
  afterFailedAttempt,
  type DeliveryChannel,
  type DeliveryStatus,
  type DigestCandidate,
  digestChannels,
  digestDayDueAt,
  isPausedOn,
  isSettled,
  MAX_DELIVERY_ATTEMPTS,
} from "./delivery";
export { type DueCardRow, type DueSummary, studyStreak, summarizeDueCards, toDigestCheckpoint } from "./digest-data";
