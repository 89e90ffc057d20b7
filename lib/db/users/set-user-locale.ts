import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locale";

/** Remembers the user's interface language (also used for their emails). */
export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
