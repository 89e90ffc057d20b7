"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/card";
import { clock, useCountdown } from "./use-countdown";

/** The exam's sticky header: time left (red in the last five minutes), progress and the submit button. */
export function ExamBar(props: {
  remainingSeconds: number | null;
  answered: number;
  total: number;
  finishing: boolean;
  onZero: () => void;
  onSubmit: () => void;
}) {
  const t = useTranslations("quiz");
  const left = useCountdown(props.remainingSeconds, props.onZero);
  const urgent = left !== null && left <= 300;
  return (
    <div className="sticky top-[6.5rem] z-[5] mb-4 flex items-center gap-3 rounded-xl border border-slate-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur md:top-16 dark:border-slate-800 dark:bg-slate-900/95">
      {left !== null && (
        <div>
          <p className="text-xs text-slate-500">{t("timeLeft")}</p>
          <p
            className={`font-mono text-xl font-semibold tabular-nums ${urgent ? "text-red-600 dark:text-red-400" : ""}`}
            role="timer"
            aria-live={urgent ? "polite" : "off"}
            data-testid="quiz-timer"
          >
            {clock(left)}
          </p>
        </div>
      )}
      <p className="flex-1 text-sm text-slate-500">
        {left === 0 || props.finishing
          ? t("timeUp")
          : t("answeredCount", { answered: props.answered, total: props.total })}
      </p>
      <button
        type="button"
        className={buttonClass}
        disabled={props.finishing}
        onClick={props.onSubmit}
        data-testid="quiz-submit"
      >
        {t("submit")}
      </button>
    </div>
  );
}
