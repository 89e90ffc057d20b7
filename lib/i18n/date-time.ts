/**
 * ICU 78 (CLDR 48, in Node 24 and current Chromium) names the Korean day periods "AM"/"PM"; students
 * read 오전/오후. Every date-with-time in the app goes through here so the locale decides the words.
 */
const KOREAN_DAY_PERIODS: Record<string, string> = { AM: "오전", PM: "오후", am: "오전", pm: "오후" };

export type DateTimeOptions = Intl.DateTimeFormatOptions & { locale: string };

/** A date (with or without time) in the locale: `12월 2일 오후 1:21`, `Dec 2, 1:21 PM`. */
export function formatDateTime(value: Date | number, { locale, ...options }: DateTimeOptions): string {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(value);
  const korean = locale.toLowerCase().startsWith("ko");
  return parts
    .map((part) => (korean && part.type === "dayPeriod" ? (KOREAN_DAY_PERIODS[part.value] ?? part.value) : part.value))
    .join("");
}
