"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/db/users/set-user-locale";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locale";
import { formAction, publicAction } from "./_lib/action";

/** Switches the interface language; remembered in a cookie and, when signed in, for emails too. */
export const setLocale = formAction(
  publicAction(z.object({ locale: z.enum(locales) }), async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    const user = await currentUser();
    if (user) await setUserLocale(user.id, locale);
    revalidatePath("/", "layout");
  }),
);
