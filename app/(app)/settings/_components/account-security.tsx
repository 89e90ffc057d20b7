"use client";

import { useTranslations } from "next-intl";
import { useActionState, useTransition } from "react";
import { changePasswordAction, signOutEverywhereAction } from "@/app/actions/account-security";
import { buttonClass, inputClass } from "@/components/ui/card";

type State = Awaited<ReturnType<typeof changePasswordAction>> | null;

const errorKeys = {
  "invalid-credentials": "errorCurrentPassword",
  "weak-password": "errorNewPassword",
} as const;

/** Change password (other sessions are signed out) and sign out everywhere. */
export function AccountSecurity() {
  const t = useTranslations("security");
  const [state, action, pending] = useActionState<State, FormData>(
    (_previous, form) => changePasswordAction(form),
    null,
  );
  const [signingOut, start] = useTransition();
  return (
    <section aria-labelledby="account-security-title" data-testid="account-security" className="space-y-4">
      <h2 id="account-security-title" className="font-medium">
        {t("title")}
      </h2>
      <form action={action} className="space-y-2">
        <label className="block text-sm">
          {t("currentPassword")}
          <input name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />
        </label>
        <label className="block text-sm">
          {t("newPassword")}
          <input name="newPassword" type="password" autoComplete="new-password" className={inputClass} />
        </label>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("changePassword")}
        </button>
        {state?.ok === false && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t(state.error in errorKeys ? errorKeys[state.error as keyof typeof errorKeys] : "errorGeneric")}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {t("passwordChanged")}
          </p>
        )}
      </form>
      <div>
        <p className="mb-2 text-sm text-slate-500">{t("signOutEverywhereHint")}</p>
        <button
          type="button"
          className={buttonClass}
          disabled={signingOut}
          onClick={() =>
            start(async () => {
              const result = await signOutEverywhereAction({});
              if (result.ok) window.location.assign("/sign-in");
            })
          }
        >
          {t("signOutEverywhere")}
        </button>
      </div>
    </section>
  );
}
