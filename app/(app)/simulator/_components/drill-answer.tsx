"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { gradeDrillAnswer } from "@/app/actions/grade-drill";
import { useSimFormat } from "./use-sim-format";

/** A number box for one drill; the server grades it with the drill's stated tolerance and explains the run. */
export function DrillAnswer({ cardId, unit, runHref }: { cardId: string; unit: string; runHref: string }) {
  const t = useTranslations("simulator.drills");
  const fmt = useSimFormat();
  const [answer, setAnswer] = useState("");
  const [state, setState] = useState<Awaited<ReturnType<typeof gradeDrillAnswer>> | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = Number(answer.replace(/,/g, ""));
    if (answer.trim() === "" || !Number.isFinite(value)) return;
    startTransition(async () => setState(await gradeDrillAnswer({ cardId, answer: value })));
  };
  return (
    <div className="mt-2 space-y-2">
      <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
        <input
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
          inputMode="decimal"
          aria-label={t("answer")}
          placeholder={t("answer")}
          className="w-32 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <span className="text-sm text-slate-500">{unit}</span>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-800 px-3 py-1 text-sm text-white disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900"
        >
          {t("check")}
        </button>
      </form>
      {state?.ok ? (
        <div
          data-testid="drill-grade"
          data-correct={state.correct}
          className={`rounded-md px-3 py-2 text-sm ${state.correct ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" : "bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100"}`}
        >
          <p className="font-medium">{state.correct ? t("correct") : t("wrong")}</p>
          <p>
            {t("expected", {
              expected: fmt.dec2(state.expected),
              unit,
              allowed: fmt.dec2(state.allowedError),
              tolerance: state.tolerance,
            })}
          </p>
          <p className="mt-1">{state.explanation}</p>
          <Link href={runHref} className="mt-1 inline-block text-brand-600 underline dark:text-brand-100">
            {t("openRun")}
          </Link>
        </div>
      ) : null}
      {state && !state.ok ? (
        <p className="text-sm text-red-600 dark:text-red-400">{t(`errors.${state.error}`)}</p>
      ) : null}
    </div>
  );
}
