"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { decideSuggestionsForm } from "@/app/actions/decide-suggestions";
import { SanitizedHtml } from "@/components/ui/safe-html";

export interface SuggestionView {
  id: string;
  originLabel: string;
  line: number;
  frontHtml: string;
  backHtml: string;
}

const buttonClass =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

/**
 * A note's suggested cards as one group: check the ones worth studying, then accept or drop them, or
 * accept all. A plain form of checkboxes and buttons, so Tab, Space and Enter do everything.
 */
export function SuggestionGroup({
  noteId,
  cards,
  total = cards.length,
}: {
  noteId: string;
  /** The suggestions shown (one page of them). */
  cards: SuggestionView[];
  /** All of the note's suggestions ("accept all" takes them all). */
  total?: number;
}) {
  const t = useTranslations("cards.suggestions");
  const [state, action, pending] = useActionState(decideSuggestionsForm, null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const selectAll = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const ids = cards.map((card) => card.id);
  const selected = ids.filter((id) => checked.has(id));

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selected.length > 0 && selected.length < ids.length;
  });
  // After a decision the decided cards leave the list; focus lands on the result so it is not lost.
  useEffect(() => {
    if (state) {
      setChecked(new Set());
      status.current?.focus();
    }
  }, [state]);

  const toggle = (id: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form action={action} aria-labelledby="suggestions-title" data-testid="suggestion-group">
      <input type="hidden" name="noteId" value={noteId} />
      <h3 id="suggestions-title" className="mt-4 font-medium">
        {t("title", { count: total })}
      </h3>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <div className="sticky top-0 z-10 mt-2 flex flex-wrap items-center gap-2 bg-white py-2 dark:bg-slate-900">
        <label className="mr-auto flex items-center gap-2 text-sm">
          <input
            ref={selectAll}
            type="checkbox"
            className="size-4"
            checked={ids.length > 0 && selected.length === ids.length}
            onChange={(event) => setChecked(new Set(event.target.checked ? ids : []))}
            data-testid="suggestion-select-all"
          />
          {t("selectAll")}
        </label>
        <span className="text-xs text-slate-500" aria-live="polite">
          {t("selected", { count: selected.length })}
        </span>
        <button
          type="submit"
          name="intent"
          value="accept"
          className={buttonClass}
          disabled={pending || selected.length === 0}
        >
          {t("acceptSelected")}
        </button>
        <button
          type="submit"
          name="intent"
          value="drop"
          className={buttonClass}
          disabled={pending || selected.length === 0}
        >
          {t("dropSelected")}
        </button>
        <button type="submit" name="intent" value="accept-all" className={buttonClass} disabled={pending}>
          {t("acceptAll")}
        </button>
      </div>
      <p ref={status} tabIndex={-1} role="status" className="text-sm outline-none" data-testid="suggestion-status">
        {state?.ok === true
          ? t(state.intent === "drop" ? "dropped" : "accepted", { count: state.changed })
          : state?.ok === false
            ? t("failed")
            : null}
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {cards.map((card) => (
          <li
            key={card.id}
            id={`card-${card.id}`}
            className="flex gap-3 py-3"
            data-testid="suggested-card"
            data-card-id={card.id}
          >
            <input
              id={`pick-${card.id}`}
              type="checkbox"
              name="cardIds"
              value={card.id}
              className="mt-1 size-4 shrink-0"
              checked={checked.has(card.id)}
              onChange={(event) => toggle(card.id, event.target.checked)}
              aria-labelledby={`front-${card.id}`}
              aria-describedby={`meta-${card.id}`}
            />
            <div className="min-w-0 flex-1">
              <div id={`meta-${card.id}`} className="mb-1 flex flex-wrap gap-2 text-xs text-slate-500">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">{card.originLabel}</span>
                <a href={`#line-${card.line}`} className="hover:underline">
                  {t("line", { line: card.line })}
                </a>
              </div>
              <label htmlFor={`pick-${card.id}`} id={`front-${card.id}`} className="block cursor-pointer">
                <SanitizedHtml className="prose-card font-medium" html={card.frontHtml} />
              </label>
              <SanitizedHtml className="prose-card text-sm text-slate-600 dark:text-slate-300" html={card.backHtml} />
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}
