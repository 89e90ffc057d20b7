"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { createCustomExamAction } from "@/app/actions/create-custom-exam";
import { buttonClass, inputClass } from "@/components/ui/card";
import { type CustomExamProblem, customExamProblems, customExamSchema } from "@/lib/validations/exams";

interface DomainRow {
  key: number;
  name: string;
  weight: string;
}

const smallButton = "rounded-lg border border-slate-300 px-3 py-2 text-sm dark:border-slate-700";

/**
 * A user's own exam: name, short code, domains with weights, length, scale and pass mark. Checked here with
 * the same schema the server uses, so each field says what is wrong before anything is sent.
 */
export function CustomExamForm() {
  const t = useTranslations("exams.custom");
  const [rows, setRows] = useState<DomainRow[]>([
    { key: 1, name: "", weight: "" },
    { key: 2, name: "", weight: "" },
  ]);
  const [problems, setProblems] = useState<Record<string, CustomExamProblem | "exam-code-taken">>({});
  const [failed, setFailed] = useState<string | null>(null);
  const [created, setCreated] = useState(false);
  const [pending, startTransition] = useTransition();
  const sum = rows.reduce((s, row) => s + (Number(row.weight) || 0), 0);

  function submit(form: FormData) {
    const value = (name: string) => String(form.get(name) ?? "");
    const input = {
      name: value("name"),
      code: value("code"),
      domains: rows.map((row) => ({ name: row.name, weight: row.weight })),
      questions: value("questions"),
      minutes: value("minutes"),
      scale: { min: value("scaleMin"), max: value("scaleMax") },
      passingScore: value("passingScore"),
    };
    setCreated(false);
    setFailed(null);
    const parsed = customExamSchema.safeParse(input);
    if (!parsed.success) {
      setProblems(customExamProblems(parsed.error.issues));
      return;
    }
    setProblems({});
    startTransition(async () => {
      const result = await createCustomExamAction(parsed.data);
      if (result.ok) {
        setCreated(true);
        setRows([
          { key: Date.now(), name: "", weight: "" },
          { key: Date.now() + 1, name: "", weight: "" },
        ]);
      } else if (result.error === "exam-code-taken") setProblems({ code: "exam-code-taken" });
      else setFailed(result.message);
    });
  }

  const error = (path: string) =>
    problems[path] ? (
      <span
        role="alert"
        className="mt-1 block text-xs text-red-700 dark:text-red-400"
        data-testid={`custom-error-${path}`}
      >
        {t(`errors.${problems[path]}`)}
      </span>
    ) : null;
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, path = name) => (
    <label className="text-sm">
      {label}
      <input name={name} aria-invalid={problems[path] ? true : undefined} className={inputClass} {...props} />
      {error(path)}
    </label>
  );

  return (
    <form action={submit} noValidate className="space-y-3" data-testid="custom-exam-form">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        {field("name", t("name"), { maxLength: 120 })}
        <div>
          {field("code", t("code"), { maxLength: 20, placeholder: "CKA" })}
          <p className="mt-1 text-xs text-slate-500">{t("codeHint")}</p>
        </div>
      </div>
      <fieldset>
        <legend className="text-sm">{t("domains")}</legend>
        <div className="mt-1 space-y-2">
          {rows.map((row, i) => (
            <div key={row.key} className="grid grid-cols-[1fr_6rem_auto] items-start gap-2">
              <div>
                <input
                  aria-label={t("domainName", { n: i + 1 })}
                  value={row.name}
                  maxLength={120}
                  onChange={(e) => setRows(rows.map((r) => (r.key === row.key ? { ...r, name: e.target.value } : r)))}
                  aria-invalid={problems[`domains.${i}.name`] ? true : undefined}
                  className={`${inputClass} mt-0`}
                />
                {error(`domains.${i}.name`)}
              </div>
              <div>
                <input
                  aria-label={t("domainWeight", { n: i + 1 })}
                  inputMode="decimal"
                  value={row.weight}
                  onChange={(e) => setRows(rows.map((r) => (r.key === row.key ? { ...r, weight: e.target.value } : r)))}
                  aria-invalid={problems[`domains.${i}.weight`] ? true : undefined}
                  className={`${inputClass} mt-0`}
                />
                {error(`domains.${i}.weight`)}
              </div>
              <button
                type="button"
                className={smallButton}
                disabled={rows.length <= 1}
                aria-label={t("removeDomain", { n: i + 1 })}
                onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                ×
              </button>
            </div>
          ))}
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={smallButton}
            disabled={rows.length >= 20}
            onClick={() => setRows([...rows, { key: Date.now(), name: "", weight: "" }])}
          >
            {t("addDomain")}
          </button>
          <span
            className={`text-xs tabular-nums ${Math.abs(sum - 100) < 1e-6 ? "text-slate-500" : "text-amber-700 dark:text-amber-400"}`}
            data-testid="custom-weight-sum"
          >
            {t("weightSum", { sum })}
          </span>
        </div>
        {error("domains")}
      </fieldset>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {field("questions", t("questions"), { type: "number", min: 1, max: 200 })}
        {field("minutes", t("minutes"), { type: "number", min: 1, max: 600 })}
        {field("scaleMin", t("scaleMin"), { type: "number", min: 0, defaultValue: 0 }, "scale.min")}
        {field("scaleMax", t("scaleMax"), { type: "number", min: 1, defaultValue: 100 }, "scale.max")}
        {field("passingScore", t("passingScore"), { type: "number", min: 0 })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("save")}
        </button>
        {created && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            {t("created")}
          </p>
        )}
        {failed && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failed}
          </p>
        )}
      </div>
    </form>
  );
}
