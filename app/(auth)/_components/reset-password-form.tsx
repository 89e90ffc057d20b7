"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { resetPasswordAction } from "@/app/actions/password-reset";
import { buttonClass, Card, inputClass } from "@/components/ui/card";
import { FormError } from "./forgot-password-form";
import { type RecoveryError, recoveryError } from "./recovery-errors";

/** Sets a new password with the mailed link's token; then sends the student to sign in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("recovery");
  const [error, setError] = useState<RecoveryError | null>(token ? null : "invalid-reset-link");
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    form.set("token", token);
    try {
      const result = await resetPasswordAction(form);
      if (result.ok) setDone(true);
      else setError(recoveryError(result.error));
    } catch {
      setError("unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <h1 className="mb-4 text-lg font-semibold">{t("resetTitle")}</h1>
      {done ? (
        <p role="status" data-testid="reset-done" className="text-sm text-slate-600 dark:text-slate-300">
          {t("done")}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <label className="block text-sm font-medium">
            {t("newPassword")}
            <input name="newPassword" type="password" required autoComplete="new-password" className={inputClass} />
            <span className="mt-1 block text-xs font-normal text-slate-500">{t("passwordHint")}</span>
          </label>
          {error && <FormError text={t(`errors.${error}`)} />}
          <button type="submit" disabled={pending || !token} className={`${buttonClass} w-full`}>
            {pending ? t("working") : t("save")}
          </button>
        </form>
      )}
      <p className="mt-4 flex justify-center gap-4 text-sm">
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          {t("toSignIn")}
        </Link>
        {error === "invalid-reset-link" && (
          <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
            {t("requestAgain")}
          </Link>
        )}
      </p>
    </Card>
  );
}
