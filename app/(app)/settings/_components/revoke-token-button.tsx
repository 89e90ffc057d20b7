"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { revokeApiTokenAction } from "@/app/actions/api-tokens";

/** Revokes at once after a confirmation; the list refreshes through revalidatePath. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("tokens");
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="rounded-lg border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      onClick={() => {
        if (window.confirm(t("revokeConfirm", { name })))
          start(async () => void (await revokeApiTokenAction({ tokenId })));
      }}
    >
      {t("revoke")}
    </button>
  );
}
