"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SanitizedHtml } from "@/components/ui/safe-html";
import type { FeedbackView } from "../_lib/views";
import { AnswerDiff } from "./answer-diff";

/**
 * Right or wrong, the expected answer, the diff of a typed answer, the card's source line, and
 * "I was right" for typed answers graded wrong. Used after each practice question and in the results.
 */
export function FeedbackPanel({
  feedback,
  onOverride,
  busy = false,
}: {
  feedback: FeedbackView;
  onOverride?: () => void;
  busy?: boolean;
}) {
  const t = useTranslations("quiz");
  const { correct, source } = feedback;
  const typed = typeof feedback.response === "string";
  return (
    <div
      role="status"
      data-testid="quiz-feedback"
      className={`mt-4 rounded-xl border p-4 ${correct ? "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950" : "border-red-200 bg-red-50 dark:border-red-900 dark:bg-red-950"}`}
    >
      <p
        className={`font-semibold ${correct ? "text-emerald-800 dark:text-emerald-200" : "text-red-800 dark:text-red-200"}`}
      >
        {correct ? t("correct") : feedback.response === null ? t("unanswered") : t("incorrect")}
        {feedback.overridden && <span className="ml-2 text-xs font-normal">({t("overriddenBadge")})</span>}
      </p>
      <div className="mt-2 text-sm">
        <span className="text-slate-500">{t("expected")}: </span>
        <SanitizedHtml className="prose-card inline-block align-baseline [&_p]:my-0" html={feedback.expectedHtml} />
      </div>
      {typed && !correct && feedback.diff && (
        <div className="mt-2">
          <AnswerDiff diff={feedback.diff} />
          <p className="mt-1 text-xs text-slate-500">{t("diffLegend")}</p>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <Link
          href={`/notes/${source.noteId}#line-${source.line ?? 1}`}
          className="text-xs text-slate-600 hover:underline dark:text-slate-300"
        >
          {t("source", { note: source.noteTitle ?? source.notePath ?? "", line: source.line ?? 1 })}
        </Link>
        {feedback.canOverride && onOverride && (
          <button
            type="button"
            disabled={busy}
            onClick={onOverride}
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
          >
            {t("override")}
          </button>
        )}
      </div>
    </div>
  );
}
