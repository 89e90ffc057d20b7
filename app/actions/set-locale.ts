"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/db/users/set-user-locale";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

/** Switches the interface language; remembered in a cookie and, when signed in, for emails too. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
}
