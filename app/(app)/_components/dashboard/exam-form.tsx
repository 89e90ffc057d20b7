"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveExamDateAction } from "@/app/actions/save-exam-date";
import { inputClass } from "@/components/ui/card";

const smallButton =
  "rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800";

/** Sets or clears the exam date (a plain form: works before hydration too). */
export function ExamForm({ examDate, today }: { examDate: string | null; today: string }) {
  const t = useTranslations("dashboard");
  const [state, action, pending] = useActionState(saveExamDateAction, null);
  const status = state === null ? "idle" : state.ok ? "saved" : "invalid";
  return (
    <form action={action} className="mt-3" aria-label={t("examDate")}>
      <label className="block text-sm" htmlFor="exam-date">
        {t("examDate")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="exam-date"
          type="date"
          name="examDate"
          min={today}
          defaultValue={examDate ?? ""}
          aria-invalid={status === "invalid"}
          aria-describedby="exam-date-status"
          className={`${inputClass} mt-0 w-auto`}
          data-testid="exam-date-input"
        />
        <button type="submit" name="intent" value="save" className={smallButton} disabled={pending}>
          {t("examSave")}
        </button>
        {examDate && (
          <button type="submit" name="intent" value="clear" className={smallButton} disabled={pending}>
            {t("examClear")}
          </button>
        )}
      </div>
      <p id="exam-date-status" role="status" className="mt-1 text-xs" data-testid="exam-date-status">
        {status === "invalid" ? (
          <span className="text-red-700 dark:text-red-400">{t("examInvalid")}</span>
        ) : status === "saved" ? (
          t("examSaved")
        ) : null}
      </p>
    </form>
  );
}
