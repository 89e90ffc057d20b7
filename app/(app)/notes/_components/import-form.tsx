"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { importUploadedNotes } from "@/app/actions/import-notes";
import { buttonClass } from "@/components/ui/card";
import { ZIP_LIMITS } from "@/lib/notes/vault";

const UPLOAD_LIMIT_KEYS = {
  "zip-too-many-entries": true,
  "zip-file-too-large": true,
  "zip-too-large": true,
  "zip-ratio": true,
  "note-too-large": true,
} as const;

const LIMIT_VALUES = {
  entries: ZIP_LIMITS.maxEntries,
  fileMb: ZIP_LIMITS.maxFileBytes / (1024 * 1024),
  totalMb: ZIP_LIMITS.maxTotalBytes / (1024 * 1024),
  ratio: ZIP_LIMITS.maxRatio,
};

export function ImportForm() {
  const t = useTranslations("notes");
  const tImports = useTranslations("imports");
  const tSecurity = useTranslations("security");
  const [state, action, pending] = useActionState(importUploadedNotes, null);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-500">{t("importHint")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="file"
          name="files"
          multiple
          accept=".md,.markdown,.zip,text/markdown,application/zip"
          aria-label={t("importTitle")}
          className="block max-w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm dark:file:bg-slate-800 dark:file:text-slate-100"
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("importing") : t("importButton")}
        </button>
      </div>
      {state && !state.ok && (
        <p
          role="alert"
          data-testid="import-error"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-200"
        >
          {state.error in UPLOAD_LIMIT_KEYS
            ? tSecurity(`upload.${state.error as keyof typeof UPLOAD_LIMIT_KEYS}`, {
                file: state.subject ?? "",
                ...LIMIT_VALUES,
              })
            : t(`importErrors.${state.error}`, { file: state.subject ?? "" })}
        </p>
      )}
      {state?.ok && (
        <div
          data-testid="import-summary"
          className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          <p className="font-medium">{t("importDone")}</p>
          <p>{t("summaryNotes", state.summary.notes)}</p>
          <p>{t("summaryCards", state.summary.cards)}</p>
          <p data-testid="import-suggestions">{tImports("suggestions", { count: state.summary.suggestions })}</p>
          <ul className="mt-1 max-h-40 overflow-y-auto text-xs">
            {state.problems.map((problem) => (
              <li key={`${problem.reason}:${problem.file}`} data-testid="import-problem">
                {tSecurity(`upload.${problem.reason}`, { file: problem.file })}
              </li>
            ))}
            {state.skipped.map((file) => (
              <li key={file}>{t("skipped", { file })}</li>
            ))}
            {state.summary.failures.map((failure) => (
              <li key={failure.file} className="text-red-700 dark:text-red-300">
                {failure.reason
                  ? tSecurity(`upload.${failure.reason}`, { file: failure.file })
                  : `${failure.file}: ${failure.message}`}
              </li>
            ))}
            {state.summary.warnings.map((warning, index) => (
              <li key={`${warning.file}:${warning.line}:${index}`}>
                {warning.file}:{warning.line} {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
