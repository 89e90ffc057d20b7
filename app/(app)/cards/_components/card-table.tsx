"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { changeCardsInBulkForm } from "@/app/actions/bulk-cards";

/** One card as the browser shows it; dates and labels already formatted by the page. */
export interface CardRowView {
  id: string;
  front: string;
  back: string;
  status: string;
  statusLabel: string;
  stageLabel: string;
  due: string | null;
  lapses: number;
  edited: boolean;
  noteId: string;
  noteTitle: string;
  line: number;
  subject: string | null;
  tags: string[];
}

const buttonClass =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

/** The browser's result list with checkboxes and the bulk bar (suspend, unsuspend, accept). */
export function CardTable({ rows }: { rows: CardRowView[] }) {
  const t = useTranslations("cards.browser");
  const [state, action, pending] = useActionState(changeCardsInBulkForm, null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const selectAll = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const ids = rows.map((row) => row.id);
  const selected = ids.filter((id) => checked.has(id));

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selected.length > 0 && selected.length < ids.length;
  });
  useEffect(() => {
    if (state) {
      setChecked(new Set());
      status.current?.focus();
    }
  }, [state]);

  return (
    <form action={action} aria-label={t("results")} data-testid="card-browser">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 py-2 dark:border-slate-800">
        <label className="mr-auto flex items-center gap-2 text-sm">
          <input
            ref={selectAll}
            type="checkbox"
            className="size-4"
            checked={ids.length > 0 && selected.length === ids.length}
            onChange={(event) => setChecked(new Set(event.target.checked ? ids : []))}
            data-testid="card-select-all"
          />
          {t("selectPage")}
        </label>
        <span className="text-xs text-slate-500" aria-live="polite">
          {t("selected", { count: selected.length })}
        </span>
        {(["suspend", "resume", "accept"] as const).map((intent) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            className={buttonClass}
            disabled={pending || selected.length === 0}
            data-testid={`bulk-${intent}`}
          >
            {t(intent)}
          </button>
        ))}
      </div>
      <p ref={status} tabIndex={-1} role="status" className="py-1 text-sm outline-none" data-testid="bulk-status">
        {state?.ok === true ? t("changed", { count: state.changed }) : state?.ok === false ? t("failed") : null}
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((row) => (
          <li key={row.id} className="flex gap-3 py-3" data-testid="browser-card" data-status={row.status}>
            <input
              id={`card-${row.id}`}
              type="checkbox"
              name="cardIds"
              value={row.id}
              className="mt-1 size-4 shrink-0"
              checked={checked.has(row.id)}
              onChange={(event) =>
                setChecked((previous) => {
                  const next = new Set(previous);
                  if (event.target.checked) next.add(row.id);
                  else next.delete(row.id);
                  return next;
                })
              }
            />
            <div className="min-w-0 flex-1">
              <label htmlFor={`card-${row.id}`} className="line-clamp-2 cursor-pointer font-medium break-words">
                {row.front}
              </label>
              <p className="line-clamp-2 text-sm break-words text-slate-600 dark:text-slate-300">{row.back}</p>
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
                <Link
                  href={`/notes/${row.noteId}#line-${row.line}`}
                  className="text-brand-700 hover:underline dark:text-brand-300"
                >
                  {row.noteTitle}
                </Link>
                {row.subject && <span>{row.subject}</span>}
                {row.tags.length > 0 && <span>{row.tags.map((tag) => `#${tag}`).join(" ")}</span>}
                <span className={row.status === "active" ? "" : "font-medium text-amber-700 dark:text-amber-300"}>
                  {row.statusLabel}
                </span>
                <span>{row.stageLabel}</span>
                <span>{row.due ? t("due", { date: row.due }) : t("notDue")}</span>
                <span>{t("lapses", { count: row.lapses })}</span>
                {row.edited && <span>{t("edited")}</span>}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}
