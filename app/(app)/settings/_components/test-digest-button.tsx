"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sendTestDigestAction } from "@/app/actions/send-test-digest";

/** Sends today's digest now, to check how it looks (SMTP or the outbox). */
export function TestDigestButton() {
  const t = useTranslations("reminders");
  const [state, action, pending] = useActionState(sendTestDigestAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {t("sendTest")}
      </button>
      <span role="status" className="text-sm">
        {state === null ? null : state.ok ? t("testSent") : t("testFailed", { error: state.message })}
      </span>
    </form>
  );
}
