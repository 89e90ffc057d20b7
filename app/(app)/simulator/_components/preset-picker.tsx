"use client";

import { useLocale, useTranslations } from "next-intl";
import { PRESETS } from "@/lib/simulator";

/** The six study presets as buttons; the chosen one is pressed, and marked when the student changed it. */
export function PresetPicker({
  selected,
  modified,
  onPick,
}: {
  selected: string | null;
  modified: boolean;
  onPick: (id: string) => void;
}) {
  const t = useTranslations("simulator.presets");
  const locale = useLocale() === "ko" ? "ko" : "en";
  return (
    <nav aria-label={t("heading")} className="grid grid-cols-2 gap-2 md:grid-cols-3">
      {PRESETS.map((preset) => (
        <button
          key={preset.id}
          type="button"
          aria-pressed={preset.id === selected}
          data-testid={`preset-${preset.id}`}
          onClick={() => onPick(preset.id)}
          className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-left text-sm shadow-sm hover:border-brand-500 aria-pressed:border-brand-600 aria-pressed:ring-2 aria-pressed:ring-brand-100 dark:border-slate-800 dark:bg-slate-900 dark:aria-pressed:ring-brand-700"
        >
          <span className="font-medium">{preset.title[locale]}</span>
          {preset.id === selected && modified ? (
            <span className="block text-xs text-amber-600 dark:text-amber-400">{t("modified")}</span>
          ) : null}
        </button>
      ))}
    </nav>
  );
}
