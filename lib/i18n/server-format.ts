import { getLocale, getTimeZone } from "next-intl/server";
import { type DateTimeOptions, formatDateTime } from "./date-time";

/** The request's date-time formatter: the page's language and the user's time zone unless given. */
export async function getDateTimeFormatter(): Promise<
  (value: Date | number, options: Omit<DateTimeOptions, "locale">) => string
> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (value, options) => formatDateTime(value, { timeZone, ...options, locale });
}
