"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { createUser } from "@/lib/db/users/create-user";
import { admitSignUp } from "@/lib/db/users/sign-up-limit";
import { isLocale, LOCALE_COOKIE, type Locale, pickLocale } from "@/lib/i18n/locale";
import { isValidTimeZone } from "@/lib/reminders";
import { signUpSchema } from "@/lib/validations/auth";
import { publicAction } from "./_lib/action";

/** The sign-up form: an empty name is no name; the browser's time zone and the page's language ride along. */
const signUpForm = z.preprocess(
  (raw) =>
    typeof raw === "object" && raw !== null ? { ...raw, name: (raw as { name?: unknown }).name || undefined } : raw,
  z.intersection(
    signUpSchema,
    z.object({ timeZone: z.string().max(64).optional(), locale: z.string().max(16).optional() }),
  ),
);

/** Creates an account from the sign-up form; the page signs in afterwards with the same credentials. */
export const signUp = publicAction(signUpForm, async ({ timeZone, locale, ...account }) => {
  // Each sign-up costs a 32 MiB scrypt: a client gets a few an hour (throws reason too-many-sign-ups).
  await admitSignUp({ client: clientIp(await headers(), process.env.TRUSTED_PROXIES) });
  await createUser({
    ...account,
    timeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC",
    locale: await signUpLocale(locale),
  });
});

/**
 * The language of the sign-up page (sent by the form), else what the page would have chosen: the
 * language cookie, then the browser's Accept-Language. Digests, test mails and calendar events use it.
 */
async function signUpLocale(fromPage: string | undefined): Promise<Locale> {
  if (isLocale(fromPage)) return fromPage;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}
