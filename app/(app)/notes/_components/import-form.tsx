"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
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

/** A v4 UUID without `crypto.randomUUID` (missing outside secure contexts: plain http on a LAN). */
function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** While `active`, polls how many of the upload's notes the server has handled (any instance answers). */
function useImportProgress(id: string, active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/imports/progress?id=${id}`).catch(() => null);
      if (!stopped && response?.ok) setProgress(await response.json());
    };
    const timer = setInterval(poll, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, active]);
  return progress;
}

export function ImportForm() {
  const t = useTranslations("notes");
  const tImports = useTranslations("imports");
  const tSecurity = useTranslations("security");
  const [state, action, pending] = useActionState(importUploadedNotes, null);
  const [progressId, setProgressId] = useState(newProgressId);
  const progress = useImportProgress(progressId, pending);
  // Each upload gets its own id: a new one once the last import has ended.
  useEffect(() => {
    if (!pending && state) setProgressId(newProgressId());
  }, [pending, state]);
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
        <input type="hidden" name="progressId" value={progressId} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("importing") : t("importButton")}
        </button>
      </div>
      {pending && progress && progress.total > 0 && (
        <p role="status" data-testid="import-progress" className="text-sm text-slate-600 dark:text-slate-300">
          {tImports("progress", progress)}
        </p>
      )}
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
