"use client";

import { useTranslations } from "next-intl";

export type LinkProblem =
  | { reason: "damaged" }
  | { reason: "invalid"; errors: string[] }
  | { reason: "unknown-preset"; id: string };

/** Why a shared link could not be opened, naming each bad field; the page shows the first preset instead. */
export function LinkProblemBanner({ problem, onDismiss }: { problem: LinkProblem; onDismiss: () => void }) {
  const t = useTranslations("simulator.link");
  return (
    <div
      role="alert"
      data-testid="link-problem"
      className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">
        {problem.reason === "damaged"
          ? t("damaged")
          : problem.reason === "invalid"
            ? t("invalid")
            : t("unknownPreset", { id: problem.id })}
      </p>
      {problem.reason === "invalid" ? (
        <ul className="mt-1 list-disc pl-5 font-mono text-xs">
          {problem.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs">
        {t("fallback")}{" "}
        <button type="button" className="underline" onClick={onDismiss}>
          {t("dismiss")}
        </button>
      </p>
    </div>
  );
}
