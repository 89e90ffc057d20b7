"use client";

import { useTranslations } from "next-intl";
import type { RunnerAnswer } from "@/lib/db/quiz/load-quiz";

/** Numbered buttons to jump between exam questions; answered ones are filled, flagged ones marked. */
export function QuestionNavigator({
  ids,
  current,
  answers,
  onJump,
}: {
  ids: string[];
  current: number;
  answers: Record<string, RunnerAnswer>;
  onJump: (index: number) => void;
}) {
  const t = useTranslations("quiz");
  return (
    <nav aria-label={t("navigator")}>
      <h2 className="mb-2 text-sm font-medium">{t("navigator")}</h2>
      <ol className="grid grid-cols-8 gap-1.5 sm:grid-cols-10 lg:grid-cols-5">
        {ids.map((id, i) => {
          const answer = answers[id];
          const tone = answer?.answered
            ? "bg-brand-600 text-white border-brand-600"
            : "bg-white text-slate-700 border-slate-300 dark:bg-slate-900 dark:text-slate-200 dark:border-slate-700";
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onJump(i)}
                aria-current={i === current ? "step" : undefined}
                aria-label={`${i + 1}${answer?.flagged ? ` (${t("flagged")})` : ""}`}
                className={`relative flex h-9 w-full items-center justify-center rounded-md border text-sm tabular-nums aria-[current=step]:ring-2 aria-[current=step]:ring-amber-400 ${tone}`}
                data-testid="navigator-item"
              >
                {i + 1}
                {answer?.flagged && (
                  <span
                    aria-hidden
                    className="absolute -top-1 -right-1 size-3 rounded-full border-2 border-white bg-amber-500 dark:border-slate-900"
                  />
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex gap-3 text-xs text-slate-500">
        <span className="flex items-center gap-1">
          <span className="size-3 rounded bg-brand-600" /> {t("legendAnswered")}
        </span>
        <span className="flex items-center gap-1">
          <span className="size-3 rounded-full bg-amber-500" /> {t("legendFlagged")}
        </span>
      </p>
    </nav>
  );
}
