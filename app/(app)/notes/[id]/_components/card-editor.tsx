"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { addNoteCard } from "@/app/actions/add-card";
import { removeCard } from "@/app/actions/delete-card";
import { saveCardEdit } from "@/app/actions/edit-card";
import { previewCard } from "@/app/actions/preview-card";
import { buttonClass, inputClass } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";

const plainButton =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

type Target = { mode: "edit"; cardId: string } | { mode: "add"; noteId: string };

/**
 * A button that opens the card editor in a modal dialog (focus stays inside, Escape closes): front and
 * back in Markdown with a preview; for an existing card also "delete", confirmed in a second step.
 */
export function CardEditor({
  target,
  front = "",
  back = "",
  triggerClassName = plainButton,
}: {
  target: Target;
  front?: string;
  back?: string;
  triggerClassName?: string;
}) {
  const t = useTranslations("cards.editor");
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState({ front, back });
  const [preview, setPreview] = useState<{ frontHtml: string; backHtml: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pending, startTransition] = useTransition();
  const titleId = `editor-title-${target.mode === "edit" ? target.cardId : target.noteId}`;

  const open = () => {
    setDraft({ front, back });
    setPreview(null);
    setError(null);
    setConfirmDelete(false);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  const run = (work: () => Promise<{ ok: boolean }>) =>
    startTransition(async () => {
      const result = await work();
      if (result.ok) close();
      else setError(t("failed"));
    });
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (draft.front.trim() === "" || draft.back.trim() === "") {
      setError(t("required"));
      return;
    }
    run(() =>
      target.mode === "edit"
        ? saveCardEdit({ cardId: target.cardId, ...draft })
        : addNoteCard({ noteId: target.noteId, ...draft }),
    );
  };
  const showPreview = () =>
    startTransition(async () => {
      const result = await previewCard(draft);
      if (result.ok) setPreview({ frontHtml: result.frontHtml, backHtml: result.backHtml });
      else setError(t("failed"));
    });

  return (
    <>
      <button type="button" className={triggerClassName} onClick={open} data-testid={`card-${target.mode}`}>
        {t(target.mode === "edit" ? "edit" : "add")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        data-testid="card-editor"
      >
        <form onSubmit={save} className="space-y-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {t(target.mode === "edit" ? "editTitle" : "addTitle")}
          </h2>
          <fieldset className="flex gap-1">
            <legend className="sr-only">{t("view")}</legend>
            <button
              type="button"
              className={plainButton}
              aria-pressed={preview === null}
              onClick={() => setPreview(null)}
            >
              {t("write")}
            </button>
            <button
              type="button"
              className={plainButton}
              aria-pressed={preview !== null}
              onClick={showPreview}
              disabled={pending}
              data-testid="card-editor-preview"
            >
              {t("preview")}
            </button>
          </fieldset>
          {preview === null ? (
            <>
              <label className="block text-sm">
                {t("front")}
                <textarea
                  name="front"
                  rows={3}
                  className={inputClass}
                  value={draft.front}
                  onChange={(event) => setDraft({ ...draft, front: event.target.value })}
                  required
                />
              </label>
              <label className="block text-sm">
                {t("back")}
                <textarea
                  name="back"
                  rows={5}
                  className={inputClass}
                  value={draft.back}
                  onChange={(event) => setDraft({ ...draft, back: event.target.value })}
                  required
                />
              </label>
              <p className="text-xs text-slate-500">{t("markdownHint")}</p>
            </>
          ) : (
            <div
              className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
              data-testid="card-preview"
            >
              <SanitizedHtml className="prose-card font-medium" html={preview.frontHtml} />
              <SanitizedHtml
                className="prose-card text-sm text-slate-600 dark:text-slate-300"
                html={preview.backHtml}
              />
            </div>
          )}
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" className={buttonClass} disabled={pending} data-testid="card-editor-save">
              {t("save")}
            </button>
            <button type="button" className={plainButton} onClick={close}>
              {t("cancel")}
            </button>
            {target.mode === "edit" &&
              (confirmDelete ? (
                <span className="ml-auto flex items-center gap-2 text-sm">
                  {t("confirmDelete")}
                  <button
                    type="button"
                    className={`${plainButton} border-red-400 text-red-700 dark:text-red-300`}
                    onClick={() => run(() => removeCard({ cardId: target.cardId }))}
                    disabled={pending}
                    data-testid="card-editor-delete-confirm"
                  >
                    {t("delete")}
                  </button>
                </span>
              ) : (
                <button type="button" className={`${plainButton} ml-auto`} onClick={() => setConfirmDelete(true)}>
                  {t("delete")}
                </button>
              ))}
          </div>
        </form>
      </dialog>
    </>
  );
}
