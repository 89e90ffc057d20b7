"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass, Card } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import type { ReviewCardView } from "./review-reducer";
import { useReviewSession } from "./use-review-session";

export type { ReviewCardView };

const undoClass =
  "rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-800";

/** The review page's client part: renders the session the hook runs (state, keys, outbox live there). */
export function ReviewSession({
  cards,
  today,
  deferred,
  queue,
  loadRemoteImages,
}: {
  cards: ReviewCardView[];
  today: string;
  deferred: number;
  queue?: "before-exam";
  loadRemoteImages: boolean;
}) {
  const t = useTranslations("review");
  const format = useFormatter();
  const session = useReviewSession({ cards, today, queue, loadRemoteImages });
  const { card, state, left, pending, dueTomorrow, reveal, answer } = session;
  const { stats, revealed } = state;
  const undo = () => void (session.canUndo ? session.undo() : session.undoLastOnServer());

  const banner = (
    <>
      {(pending > 0 || !session.online) && (
        <p
          className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200"
          data-testid="offline-state"
        >
          {pending > 0 ? t("offline", { count: pending }) : t("offlineNow")}
        </p>
      )}
      {session.notice && (
        <p
          role="status"
          className="mb-3 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-800 dark:bg-sky-950 dark:text-sky-200"
        >
          {session.notice === "answered-elsewhere" ? t("answeredElsewhere") : t("undoFailed")}
        </p>
      )}
    </>
  );

  if (!card) {
    const seconds = Math.round(stats.ms / 1000);
    if (stats.answers === 0) {
      return (
        <Card>
          {banner}
          <h2 className="text-lg font-medium">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
        </Card>
      );
    }
    return (
      <Card>
        {banner}
        <h2 className="mb-4 text-lg font-medium">{t("summaryTitle")}</h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="review-summary">
          <Figure id="answers" label={t("reviewed")} value={format.number(stats.answers)} />
          <Figure id="forgot" label={t("forgotten")} value={format.number(stats.forgot)} />
          <Figure
            id="time"
            label={t("timeSpent")}
            value={t("minutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
          />
          <Figure
            id="due-tomorrow"
            label={t("dueTomorrow")}
            value={dueTomorrow === null ? "…" : format.number(dueTomorrow)}
          />
        </dl>
        {deferred > 0 && <p className="mt-4 text-sm text-slate-500">{t("capped", { count: deferred })}</p>}
        <div className="mt-4 flex gap-2">
          <Link href="/" className={buttonClass}>
            {t("backToDashboard")}
          </Link>
          <button type="button" onClick={undo} className={undoClass} data-testid="undo">
            {t("undo")}
          </button>
        </div>
      </Card>
    );
  }

  const entry = state.queue[state.index];
  const badge = entry?.relearning
    ? t("again")
    : card.isNew
      ? t("new")
      : card.checkpoint === "long-term"
        ? t("longTerm")
        : t("checkpoint", { checkpoint: String(card.checkpoint) });

  return (
    // On a phone the answer bar is fixed at the bottom (thumb reach); the padding keeps the card above it.
    <div className="pb-28 sm:pb-0">
      {banner}
      <div className="mb-2 flex items-center justify-between gap-2 text-sm text-slate-500">
        <span data-testid="cards-left">
          {t("left", { due: left.due, fresh: left.fresh })}
          {left.again > 0 ? ` · ${t("leftAgain", { again: left.again })}` : ""}
        </span>
        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-slate-800 dark:text-slate-200">
          {badge}
          {!entry?.relearning && card.due && card.due < today
            ? ` · ${t("overdue", { date: format.dateTime(new Date(`${card.due}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) })}`
            : ""}
        </span>
      </div>
      <Card className="min-h-64">
        <SanitizedHtml className="prose-card text-lg" testId="card-front" html={card.frontHtml} />
        {revealed && (
          <>
            <hr className="my-4 border-slate-200 dark:border-slate-800" />
            <SanitizedHtml className="prose-card" testId="card-back" html={card.backHtml} />
          </>
        )}
        <p className="mt-4 text-xs text-slate-500">
          <Link href={`/notes/${card.noteId}#line-${card.line}`} className="hover:underline">
            {t("source", { note: card.note, line: card.line })}
          </Link>
        </p>
      </Card>
      <div
        className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white/95 px-3 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mt-4 sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-800 dark:bg-slate-950/95 sm:dark:bg-transparent"
        data-testid="answer-bar"
      >
        <div className="mx-auto grid max-w-2xl grid-cols-2 gap-3">
          {revealed ? (
            <>
              <button
                type="button"
                onClick={() => answer("forgot")}
                className="min-h-14 rounded-xl border border-red-200 bg-red-50 px-4 py-4 text-base font-medium text-red-800 hover:bg-red-100 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
              >
                <kbd className="mr-2 hidden rounded border border-current px-1.5 text-xs sm:inline">1</kbd>
                {t("forgot")}
              </button>
              <button
                type="button"
                onClick={() => answer("remembered")}
                className="min-h-14 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-4 text-base font-medium text-emerald-800 hover:bg-emerald-100 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
              >
                <kbd className="mr-2 hidden rounded border border-current px-1.5 text-xs sm:inline">2</kbd>
                {card.isNew && !entry?.relearning ? t("studied") : t("remembered")}
              </button>
            </>
          ) : (
            <button type="button" onClick={reveal} className={`${buttonClass} col-span-2 min-h-14 py-4 text-base`}>
              <kbd className="mr-2 hidden rounded border border-current px-1.5 text-xs sm:inline">Space</kbd>
              {t("showAnswer")}
            </button>
          )}
        </div>
      </div>
      <div className="mt-3 flex items-center justify-between gap-2">
        <button
          type="button"
          onClick={undo}
          disabled={!session.canUndo}
          className={undoClass}
          data-testid="undo"
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {t("undoAnswer")}
        </button>
        <p className="hidden text-xs text-slate-500 sm:block">{t("keyHint")}</p>
      </div>
    </div>
  );
}

function Figure({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={`summary-${id}`}>
        {value}
      </dd>
    </div>
  );
}
