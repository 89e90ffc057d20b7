"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createQuizAction } from "@/app/actions/create-quiz";
import { buttonClass, Card, inputClass } from "@/components/ui/card";
import type { QuizSelectionOptions } from "@/lib/db/quiz/quiz-selection-options";
import { SelectionList } from "./selection-list";

type Kind = "notes" | "subjects" | "tags" | "weak";

/** Choose what to ask (notes, subjects, tags or weak spots), how many questions and the mode. */
export function QuizBuilder({
  options,
  initialKind,
  affectsSchedule,
}: {
  options: QuizSelectionOptions;
  initialKind?: Kind;
  /** The user's last choice for practice quizzes. */
  affectsSchedule: boolean;
}) {
  const t = useTranslations("quiz.builder");
  const [state, action, pending] = useActionState(createQuizAction, null);
  const [kind, setKind] = useState<Kind>(initialKind ?? (options.subjects.length > 0 ? "subjects" : "notes"));
  const [mode, setMode] = useState<"practice" | "exam">("practice");
  const [count, setCount] = useState(20);
  const items = {
    notes: options.notes.map((n) => ({ value: n.id, label: n.title, detail: n.subject, count: n.cardCount })),
    subjects: options.subjects.map((s) => ({ value: s.name, label: s.name, detail: null, count: s.cardCount })),
    tags: options.tags.map((s) => ({ value: s.name, label: `#${s.name}`, detail: null, count: s.cardCount })),
  };
  const kinds: Kind[] = ["subjects", "notes", "tags", "weak"];
  const pill =
    "cursor-pointer rounded-lg border px-3 py-2 text-sm has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:font-medium has-checked:text-brand-700 border-slate-300 dark:border-slate-700 dark:has-checked:bg-slate-800 dark:has-checked:text-white";

  return (
    <Card>
      <h2 className="mb-4 text-lg font-medium">{t("heading")}</h2>
      <form action={action} className="space-y-5" data-testid="quiz-builder">
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("mode")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(["practice", "exam"] as const).map((m) => (
              <label key={m} className={`${pill} block`}>
                <input
                  type="radio"
                  name="mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  className="sr-only"
                />
                <span className="block">{t(m)}</span>
                <span className="mt-0.5 block text-xs font-normal text-slate-500">{t(`${m}Hint`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("source")}</legend>
          <div className="mb-3 flex flex-wrap gap-2">
            {kinds.map((k) => (
              <label key={k} className={pill}>
                <input
                  type="radio"
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  className="sr-only"
                />
                {t(k)}
              </label>
            ))}
          </div>
          {kind === "weak" ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">{t("weakHint", { count: options.weakCount })}</p>
          ) : (
            <SelectionList key={kind} items={items[kind]} />
          )}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            {t("count")}
            <input
              name="count"
              type="number"
              min={1}
              max={200}
              value={count}
              onChange={(e) => setCount(Number(e.target.value))}
              className={inputClass}
              required
            />
          </label>
          {mode === "exam" && (
            <>
              <label className="block text-sm font-medium">
                {t("minutes")}
                <input
                  name="minutes"
                  type="number"
                  min={1}
                  max={600}
                  placeholder={String(count * 2)}
                  className={inputClass}
                />
                <span className="mt-1 block text-xs font-normal text-slate-500">
                  {t("minutesHint", { minutes: count * 2 })}
                </span>
              </label>
              <label className="block text-sm font-medium">
                {t("passPercent")}
                <input name="passPercent" type="number" min={1} max={100} defaultValue={72} className={inputClass} />
              </label>
            </>
          )}
        </div>
        {mode === "practice" && (
          <fieldset data-testid="quiz-affects-schedule">
            <legend className="mb-2 text-sm font-medium">{t("affectsSchedule")}</legend>
            <div className="flex flex-wrap gap-2">
              {(["yes", "no"] as const).map((value) => (
                <label key={value} className={pill}>
                  <input
                    type="radio"
                    name="affectsSchedule"
                    value={value}
                    defaultChecked={(value === "yes") === affectsSchedule}
                    className="sr-only"
                  />
                  {t(`affectsSchedule_${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {state && !state.ok && (
          <p
            role="alert"
            className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {t(`errors.${state.error}`, { detail: state.message })}
          </p>
        )}
        <button type="submit" disabled={pending} className={`${buttonClass} w-full sm:w-auto`}>
          {pending ? t("starting") : t("start")}
        </button>
      </form>
    </Card>
  );
}
