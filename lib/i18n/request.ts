import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const [cookieStore, headerList, user] = await Promise.all([cookies(), headers(), currentUser().catch(() => null)]);
  const locale = pickLocale(
    cookieStore.get(LOCALE_COOKIE)?.value ?? user?.locale ?? undefined,
    headerList.get("accept-language"),
  );
  const messages = await loadMessages(locale);
  return { locale, messages, timeZone: user?.timeZone ?? "UTC" };
});
