"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestPasswordResetAction } from "@/app/actions/password-reset";
import { buttonClass, Card, inputClass } from "@/components/ui/card";
import { type RecoveryError, recoveryError } from "./recovery-errors";

/** Asks for a reset link; answers the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("recovery");
  const [error, setError] = useState<RecoveryError | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await requestPasswordResetAction(new FormData(event.currentTarget));
      if (result.ok) setSent(true);
      else setError(recoveryError(result.error));
    } catch {
      setError("unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <h1 className="mb-2 text-lg font-semibold">{t("forgotTitle")}</h1>
      {sent ? (
        <p role="status" data-testid="reset-sent" className="text-sm text-slate-600 dark:text-slate-300">
          {t("sent")}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <p className="text-sm text-slate-500">{t("forgotIntro")}</p>
          <label className="block text-sm font-medium">
            {t("email")}
            <input name="email" type="email" required autoComplete="email" className={inputClass} />
          </label>
          {error && <FormError text={t(`errors.${error}`)} />}
          <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
            {pending ? t("working") : t("send")}
          </button>
        </form>
      )}
      <p className="mt-4 text-center text-sm">
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          {t("backToSignIn")}
        </Link>
      </p>
    </Card>
  );
}

export function FormError({ text }: { text: string }) {
  return (
    <p
      role="alert"
      data-testid="form-error"
      className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-200"
    >
      {text}
    </p>
  );
}
