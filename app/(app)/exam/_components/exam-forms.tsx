"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/app/actions/_lib/action";
import { saveDomainMappingAction } from "@/app/actions/save-domain-mapping";
import { saveExamTargetAction } from "@/app/actions/save-exam-target";
import { startMockExamAction } from "@/app/actions/start-mock-exam";
import { buttonClass, inputClass } from "@/components/ui/card";

type State = ActionResult | null;
const run =
  (action: (form: FormData) => Promise<ActionResult>) =>
  (_previous: State, form: FormData): Promise<State> =>
    action(form);

function Status({ state, saved }: { state: State; saved?: string }) {
  const t = useTranslations("exams");
  if (!state) return null;
  if (state.ok) return saved ? <p className="text-xs text-slate-500">{saved}</p> : null;
  const known = state.error === "no-mapped-cards" || state.error === "unknown-exam";
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-400" data-testid="exam-error">
      {known ? t(`errors.${state.error}`) : t("errors.generic", { message: state.message })}
    </p>
  );
}

export interface ExamOption {
  code: string;
  label: string;
}

/** Target exam, its date and the "before the exam" window. */
export function TargetForm(props: {
  options: ExamOption[];
  examCode: string | null;
  examDate: string | null;
  beforeExamDays: number;
  today: string;
}) {
  const t = useTranslations("exams.target");
  const [state, action, pending] = useActionState(run(saveExamTargetAction), null);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" data-testid="exam-target">
      <label className="text-sm">
        {t("exam")}
        <select name="examCode" defaultValue={props.examCode ?? props.options[0]?.code} className={inputClass}>
          {props.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("date")}
        <input
          type="date"
          name="examDate"
          min={props.today}
          defaultValue={props.examDate ?? ""}
          className={inputClass}
        />
      </label>
      <label className="text-sm">
        {t("beforeDays")}
        <input
          type="number"
          name="beforeExamDays"
          min={1}
          max={60}
          defaultValue={props.beforeExamDays}
          className={inputClass}
        />
      </label>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("save")}
      </button>
      <div className="sm:col-span-4">
        <Status state={state} saved={t("saved")} />
      </div>
    </form>
  );
}

/** Start a mock: the exam's length and time unless shorter ones are given. */
export function StartMockForm(props: { examCode: string; questions: number; minutes: number }) {
  const t = useTranslations("exams.mock");
  const [state, action, pending] = useActionState(run(startMockExamAction), null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="start-mock">
      <input type="hidden" name="examCode" value={props.examCode} />
      <label className="text-sm">
        {t("questions")}
        <input
          type="number"
          name="questions"
          min={1}
          max={200}
          placeholder={String(props.questions)}
          className={`${inputClass} w-28`}
        />
      </label>
      <label className="text-sm">
        {t("minutes")}
        <input
          type="number"
          name="minutes"
          min={1}
          max={600}
          placeholder={String(props.minutes)}
          className={`${inputClass} w-28`}
        />
      </label>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("start")}
      </button>
      <div className="w-full">
        <Status state={state} />
      </div>
    </form>
  );
}

/** One unmapped subject or tag with a domain picker (the suggestion preselected). */
export function MappingRow(props: {
  examCode: string;
  kind: "subject" | "tag";
  value: string;
  label: string;
  domains: { id: string; name: string }[];
  selected: string | null;
  suggested: boolean;
}) {
  const t = useTranslations("exams.mapping");
  const [state, action, pending] = useActionState(run(saveDomainMappingAction), null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 py-2" data-testid="mapping-row">
      <input type="hidden" name="examCode" value={props.examCode} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="value" value={props.value} />
      <span className="min-w-40 flex-1 text-sm">{props.label}</span>
      <select
        name="domainId"
        defaultValue={props.selected ?? ""}
        className={`${inputClass} mt-0 w-auto`}
        aria-label={props.value}
      >
        <option value="">{t("none")}</option>
        {props.domains.map((d) => (
          <option key={d.id} value={d.id}>
            {d.id}. {d.name}
            {props.suggested && d.id === props.selected ? ` (${t("suggested")})` : ""}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded-lg border border-slate-300 px-3 py-2 text-sm dark:border-slate-700"
        disabled={pending}
      >
        {t("save")}
      </button>
      <Status state={state} />
    </form>
  );
}
