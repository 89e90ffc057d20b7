"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createApiTokenAction } from "@/app/actions/api-tokens";
import { buttonClass, inputClass } from "@/components/ui/card";

type State = Awaited<ReturnType<typeof createApiTokenAction>> | null;

/** Name and optional expiry; on success the secret is shown once, to copy into the sync client. */
export function CreateTokenForm() {
  const t = useTranslations("tokens");
  const [state, action, pending] = useActionState<State, FormData>(
    (_previous, form) => createApiTokenAction(form),
    null,
  );
  return (
    <div>
      <form action={action} className="flex flex-wrap items-end gap-2">
        <label className="block text-sm">
          {t("name")}
          <input name="name" required maxLength={80} className={inputClass} data-testid="token-name" />
        </label>
        <label className="block text-sm">
          {t("expiresOn")}
          <input name="expiresOn" type="date" className={inputClass} data-testid="token-expiry" />
        </label>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("create")}
        </button>
      </form>
      {state?.ok === false && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {t(state.field === "name" ? "errorName" : "errorExpiry")}
        </p>
      )}
      {state?.ok && (
        <div role="status" className="mt-3 rounded-lg border border-amber-300 p-3 dark:border-amber-700">
          <p className="text-sm">{t("createdOnce", { name: state.name })}</p>
          <input
            readOnly
            value={state.token}
            className={`${inputClass} font-mono text-xs`}
            data-testid="new-token"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
