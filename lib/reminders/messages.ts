/**
 * Strings of the reminder digest and calendar feed, in English and Korean. Numbers and dates arrive
 * already formatted with Intl for the locale; `count` is the raw number for plural choice.
 */

export type ReminderLocale = "en" | "ko";

/** A checkpoint of the 1/4/7/14-day ladder, or long-term review. */
export type DigestCheckpoint = "1" | "4" | "7" | "14" | "long-term";

export interface ReminderMessages {
  /** BCP 47 tag for Intl. */
  intlLocale: string;
  subject(count: number, countText: string, dateText: string): string;
  greeting(name: string | null): string;
  dueToday(count: number, countText: string): string;
  nothingDue: string;
  bySubjectHeading: string;
  byCheckpointHeading: string;
  noSubject: string;
  checkpoint(checkpoint: DigestCheckpoint): string;
  reachingHeading: string;
  /** One note reaching its checkpoint today. */
  reachingItem(title: string, checkpoint: DigestCheckpoint): string;
  streak(days: number, daysText: string): string;
  reviewButton: string;
  unsubscribe: string;
  footer: string;
  calendarName: string;
  calendarDescription: string;
  eventSummary(count: number, countText: string): string;
}

const enPlural = new Intl.PluralRules("en-US");
const cards = (count: number, text: string) => `${text} ${enPlural.select(count) === "one" ? "card" : "cards"}`;

const en: ReminderMessages = {
  intlLocale: "en-US",
  subject: (count, countText, dateText) =>
    count === 0 ? `Recall · nothing due · ${dateText}` : `Recall · ${cards(count, countText)} to review · ${dateText}`,
  greeting: (name) => (name ? `Hi ${name},` : "Hi,"),
  dueToday: (count, countText) => `You have ${cards(count, countText)} to review today.`,
  nothingDue: "Nothing is due today. Enjoy the break, or study something new.",
  bySubjectHeading: "By subject",
  byCheckpointHeading: "By checkpoint",
  noSubject: "No subject",
  checkpoint: (c) => (c === "long-term" ? "Long-term" : c === "1" ? "Day 1" : `${c}-day checkpoint`),
  reachingHeading: "Notes reaching a checkpoint today",
  reachingItem: (title, c) => `${title} — ${c === "long-term" ? "long-term" : `day ${c}`}`,
  streak: (days, daysText) => `Streak: ${daysText} ${enPlural.select(days) === "one" ? "day" : "days"}`,
  reviewButton: "Start today's review",
  unsubscribe: "Unsubscribe from these emails",
  footer: "You receive this because daily reminders are on in Recall.",
  calendarName: "Recall reviews",
  calendarDescription: "Days with spaced-repetition reviews due in Recall",
  eventSummary: (count, countText) => `Recall: ${cards(count, countText)} to review`,
};

const ko: ReminderMessages = {
  intlLocale: "ko-KR",
  subject: (count, countText, dateText) =>
    count === 0
      ? `Recall · 오늘 복습할 카드 없음 · ${dateText}`
      : `Recall · 오늘 복습할 카드 ${countText}장 · ${dateText}`,
  greeting: (name) => (name ? `${name}님, 안녕하세요.` : "안녕하세요."),
  dueToday: (_count, countText) => `오늘 복습할 카드가 ${countText}장 있어요.`,
  nothingDue: "오늘은 복습할 카드가 없어요. 쉬어 가거나 새로운 내용을 공부해 보세요.",
  bySubjectHeading: "과목별",
  byCheckpointHeading: "복습 단계별",
  noSubject: "과목 없음",
  checkpoint: (c) => (c === "long-term" ? "장기 복습" : c === "1" ? "1일차" : `${c}일 복습`),
  reachingHeading: "오늘 복습 단계에 도달한 노트",
  reachingItem: (title, c) => `${title} — ${c === "long-term" ? "장기 복습" : `${c}일차`}`,
  streak: (_days, daysText) => `연속 학습: ${daysText}일`,
  reviewButton: "오늘의 복습 시작하기",
  unsubscribe: "이 이메일 수신 거부",
  footer: "Recall에서 매일 복습 알림을 켜 두셨기 때문에 이 메일을 받으셨습니다.",
  calendarName: "Recall 복습",
  calendarDescription: "Recall에서 복습할 카드가 있는 날",
  eventSummary: (_count, countText) => `Recall: 복습 ${countText}장`,
};

export const reminderMessages: Record<ReminderLocale, ReminderMessages> = { en, ko };
