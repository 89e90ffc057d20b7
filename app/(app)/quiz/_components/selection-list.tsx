"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

export interface SelectionItem {
  value: string;
  label: string;
  detail: string | null;
  count: number;
}

/** Checkboxes named `values`, with select all / clear, in a scrolling box that stays short on phones. */
export function SelectionList({ items }: { items: SelectionItem[] }) {
  const t = useTranslations("quiz.builder");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (items.length === 0) return <p className="text-sm text-slate-500">{t("nothing")}</p>;
  const toggle = (value: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      return next;
    });
  return (
    <div>
      <div className="mb-1 flex gap-3 text-xs">
        <button
          type="button"
          className="text-brand-600 hover:underline dark:text-brand-100"
          onClick={() => setChosen(new Set(items.map((i) => i.value)))}
        >
          {t("selectAll")}
        </button>
        <button type="button" className="text-slate-500 hover:underline" onClick={() => setChosen(new Set())}>
          {t("selectNone")}
        </button>
      </div>
      <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
        {items.map((item) => (
          <li key={item.value}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                name="values"
                value={item.value}
                checked={chosen.has(item.value)}
                onChange={() => toggle(item.value)}
                className="size-4 accent-brand-600"
              />
              <span className="min-w-0 flex-1 truncate">
                {item.label}
                {item.detail && <span className="ml-2 text-xs text-slate-500">{item.detail}</span>}
              </span>
              <span className="shrink-0 text-xs text-slate-500">{t("cards", { count: item.count })}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
