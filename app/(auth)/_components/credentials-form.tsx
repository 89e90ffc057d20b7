"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { signUp } from "@/app/actions/sign-up";
import { buttonClass, Card, inputClass } from "@/components/ui/card";

/** next-auth's sign-in error codes → message keys (its errors are strings, not AppError reasons). */
const signInErrors: Record<string, string> = {
  CredentialsSignin: "invalid-credentials",
  RATE_LIMITED: "too-many-attempts",
  UNAVAILABLE: "service-unavailable",
};

/** Sign-in and sign-up share one form; sign-up creates the account, then signs in with it. */
export function CredentialsForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const t = useTranslations("auth");
  const tRecovery = useTranslations("recovery");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      if (mode === "sign-up") {
        form.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
        // The account speaks the language of the page it was created on (mail, calendar, later visits).
        form.set("locale", locale);
        const created = await signUp(form);
        if (!created.ok) return setError(created.error);
      }
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) return setError(signInErrors[result?.error ?? ""] ?? "invalid-credentials");
      router.replace("/");
      router.refresh();
    } catch {
      setError("unknown");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <h1 className="mb-4 text-lg font-semibold">{mode === "sign-in" ? t("signInTitle") : t("signUpTitle")}</h1>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {mode === "sign-up" && (
          <label className="block text-sm font-medium">
            {t("name")}
            <input name="name" autoComplete="name" className={inputClass} maxLength={80} />
          </label>
        )}
        <label className="block text-sm font-medium">
          {t("email")}
          <input name="email" type="email" required autoComplete="email" className={inputClass} />
        </label>
        <label className="block text-sm font-medium">
          {t("password")}
          <input
            name="password"
            type="password"
            required
            autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
            className={inputClass}
          />
          {mode === "sign-up" && (
            <span className="mt-1 block text-xs font-normal text-slate-500">{t("passwordHint")}</span>
          )}
        </label>
        {mode === "sign-in" && (
          <p className="-mt-2 text-right text-sm">
            <Link className="text-brand-600 hover:underline" href="/forgot-password">
              {tRecovery("forgotLink")}
            </Link>
          </p>
        )}
        {error && (
          <p
            role="alert"
            data-testid="form-error"
            className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-200"
          >
            {t(`errors.${error}` as "errors.unknown")}
          </p>
        )}
        <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
          {pending ? t("working") : mode === "sign-in" ? t("signIn") : t("signUp")}
        </button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-500">
        {mode === "sign-in" ? t("noAccount") : t("haveAccount")}{" "}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={mode === "sign-in" ? "/sign-up" : "/sign-in"}
        >
          {mode === "sign-in" ? t("toSignUp") : t("toSignIn")}
        </Link>
      </p>
    </Card>
  );
}
