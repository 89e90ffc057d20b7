"use server";

import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { createUser } from "@/lib/db/users/create-user";
import { admitSignUp } from "@/lib/db/users/sign-up-limit";
import { isAppError } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE, type Locale, pickLocale } from "@/lib/i18n/locale";
import { isValidTimeZone } from "@/lib/reminders";
import { signUpSchema } from "@/lib/validations/auth";

export type SignUpResult = { ok: true } | { ok: false; error: string; field?: "email" | "password" };

/** Creates an account from the sign-up form; the page signs in afterwards with the same credentials. */
export async function signUp(formData: FormData): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    name: formData.get("name") || undefined,
    timeZone: formData.get("timeZone") || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "email" || issue?.path[0] === "password" ? issue.path[0] : undefined;
    const known = ["invalid-email", "weak-password"].includes(issue?.message ?? "");
    return { ok: false, error: known && issue ? issue.message : "invalid-form", field };
  }
  const timeZone = String(formData.get("timeZone") ?? "");
  try {
    await admitSignUp({ client: clientIp(await headers(), process.env.TRUSTED_PROXIES) });
    await createUser({
      ...parsed.data,
      timeZone: isValidTimeZone(timeZone) ? timeZone : "UTC",
      locale: await signUpLocale(formData.get("locale")),
    });
    return { ok: true };
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return { ok: false, error: "too-many-sign-ups" };
    if (isAppError(error) && error.code === "CONFLICT") return { ok: false, error: "email-taken", field: "email" };
    throw error;
  }
}

/**
 * The language of the sign-up page (sent by the form), else what the page would have chosen: the
 * language cookie, then the browser's Accept-Language. Digests, test mails and calendar events use it.
 */
async function signUpLocale(fromPage: FormDataEntryValue | null): Promise<Locale> {
  if (isLocale(fromPage)) return fromPage;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}
