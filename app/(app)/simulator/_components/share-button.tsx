"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies the page's address (which always encodes the current scenario) to the clipboard. */
export function ShareButton() {
  const t = useTranslations("simulator.run");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid="share-link"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(window.location.href);
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2000);
        } catch {
          // Clipboard refused (insecure origin or permissions): the address bar still holds the link.
          window.prompt(t("copyPrompt"), window.location.href);
        }
      }}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:border-brand-500 dark:border-slate-700"
    >
      {copied ? t("copied") : t("share")}
    </button>
  );
}
