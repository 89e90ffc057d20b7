"use client";

import { useTranslations } from "next-intl";
import type { RunView } from "./worker-protocol";
import type { SimulationState } from "./use-simulation";
import { useSimFormat } from "./use-sim-format";

/** Progress while the worker runs; afterwards how much work the run was. Announced politely to screen readers. */
export function RunStatus({
  state,
  run,
  onCancel,
}: {
  state: SimulationState;
  run: RunView | null;
  onCancel: () => void;
}) {
  const t = useTranslations("simulator.run");
  const fmt = useSimFormat();
  const running = state.status === "running";
  return (
    <div
      aria-live="polite"
      className="min-h-6 text-xs text-slate-500"
      data-testid="run-status"
      data-state={state.status}
    >
      {running ? (
        <div className="flex items-center gap-2">
          <div className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
            <div
              className="h-full bg-brand-600 transition-[width]"
              style={{ width: `${Math.round(state.fraction * 100)}%` }}
            />
          </div>
          <span>{t("running", { percent: fmt.percent(state.fraction) })}</span>
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            {t("cancel")}
          </button>
        </div>
      ) : state.status === "cancelled" ? (
        <span>{t("cancelled")}</span>
      ) : state.status === "failed" ? (
        <span className="text-red-600 dark:text-red-400">{t("failed", { message: state.message })}</span>
      ) : run ? (
        <span>
          {t("done", {
            events: fmt.int(run.result.events),
            ms: fmt.int(run.elapsedMs),
            seconds: fmt.dec1(run.result.simulatedSeconds),
          })}
        </span>
      ) : null}
    </div>
  );
}
