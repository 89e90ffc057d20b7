"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { chooseCardVersion } from "@/app/actions/resolve-card-conflict";
import { SanitizedHtml } from "@/components/ui/safe-html";

const choiceButton =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

interface Version {
  frontHtml: string;
  backHtml: string;
}

/** An edited card whose note text changed: both versions side by side, and the student picks one. */
export function VersionChoice({ cardId, mine, note }: { cardId: string; mine: Version; note: Version }) {
  const t = useTranslations("cards.conflict");
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const choose = (keep: "mine" | "note") =>
    startTransition(async () => setFailed(!(await chooseCardVersion({ cardId, keep })).ok));
  return (
    <fieldset className="mt-2 rounded-lg border border-amber-300 p-2 dark:border-amber-800" data-testid="card-conflict">
      <legend className="px-1 text-sm font-medium">{t("title")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {(
          [
            ["mine", mine],
            ["note", note],
          ] as const
        ).map(([keep, version]) => (
          <div
            key={keep}
            className="rounded border border-slate-200 p-2 dark:border-slate-700"
            data-testid={`version-${keep}`}
          >
            <p className="mb-1 text-xs text-slate-500">{t(keep === "mine" ? "mine" : "note")}</p>
            <SanitizedHtml className="prose-card font-medium" html={version.frontHtml} />
            <SanitizedHtml className="prose-card text-sm text-slate-600 dark:text-slate-300" html={version.backHtml} />
            <button
              type="button"
              className={`${choiceButton} mt-2`}
              disabled={pending}
              onClick={() => choose(keep)}
              data-testid={`keep-${keep}`}
            >
              {t(keep === "mine" ? "keepMine" : "keepNote")}
            </button>
          </div>
        ))}
      </div>
      {failed && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {t("failed")}
        </p>
      )}
    </fieldset>
  );
}
