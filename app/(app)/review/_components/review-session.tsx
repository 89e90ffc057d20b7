"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { buttonClass, Card } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import { enqueue, flushOutbox, readOutbox } from "./outbox";

export interface ReviewCardView {
  id: string;
  noteId: string;
  note: string;
  line: number;
  reps: number;
  isNew: boolean;
  checkpoint: 1 | 4 | 7 | 14 | "long-term" | null;
  due: string | null;
  frontHtml: string;
  backHtml: string;
}

interface Stats {
  reviewed: number;
  forgot: number;
  ms: number;
}

export function ReviewSession({
  cards,
  today,
  deferred,
}: {
  cards: ReviewCardView[];
  today: string;
  deferred: number;
}) {
  const t = useTranslations("review");
  const format = useFormatter();
  const router = useRouter();
  const [queue, setQueue] = useState(cards);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [stats, setStats] = useState<Stats>({ reviewed: 0, forgot: 0, ms: 0 });
  useEffect(() => setStats(loadStats(today)), [today]);
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [dueTomorrow, setDueTomorrow] = useState<number | null>(null);
  const shownAt = useRef(Date.now());

  // Cards answered while offline are still due on the server: hide them until their answer is sent.
  useEffect(() => {
    const waiting = new Set(readOutbox().map((item) => item.cardId));
    if (waiting.size > 0) setQueue((current) => current.filter((card) => !waiting.has(card.id)));
  }, []);

  const flush = useCallback(async () => {
    const left = await flushOutbox((_answer, outcome) => {
      if (outcome === "already-answered") setNotice(t("answeredElsewhere"));
    });
    setPending(left);
  }, [t]);

  useEffect(() => {
    void flush();
    const retry = () => void flush();
    window.addEventListener("online", retry);
    const timer = window.setInterval(retry, 5000);
    return () => {
      window.removeEventListener("online", retry);
      window.clearInterval(timer);
    };
  }, [flush]);

  const card = queue[index];
  const finished = !card;

  // Keys can arrive faster than React re-renders; refs give the handlers the state as of the last key.
  const live = useRef({ queue, index, revealed });
  live.current.queue = queue;

  const reveal = useCallback(() => {
    live.current.revealed = true;
    setRevealed(true);
  }, []);

  const answer = useCallback(
    (grade: "remembered" | "forgot") => {
      const current = live.current.queue[live.current.index];
      if (!current || !live.current.revealed) return;
      const durationMs = Math.min(Date.now() - shownAt.current, 3_600_000);
      enqueue({
        cardId: current.id,
        grade,
        requestId: crypto.randomUUID(),
        expectedReps: current.reps,
        durationMs,
        answeredAt: new Date().toISOString(),
      });
      live.current.index += 1;
      live.current.revealed = false;
      setPending(readOutbox().length);
      setStats((s) =>
        saveStats(today, {
          reviewed: s.reviewed + 1,
          forgot: s.forgot + (grade === "forgot" && !current.isNew ? 1 : 0),
          ms: s.ms + durationMs,
        }),
      );
      setRevealed(false);
      setIndex(live.current.index);
      shownAt.current = Date.now();
      void flush().then(() => flush());
    },
    [flush, today],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === " ") {
        event.preventDefault();
        if (!live.current.revealed) reveal();
      } else if (event.key === "1") answer("forgot");
      else if (event.key === "2") answer("remembered");
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answer, reveal]);

  useEffect(() => {
    if (!finished || pending > 0) return;
    void fetch("/api/reviews/summary")
      .then((response) => response.json() as Promise<{ dueTomorrow: number }>)
      .then((body) => setDueTomorrow(body.dueTomorrow))
      .catch(() => undefined);
  }, [finished, pending]);

  async function undo() {
    const response = await fetch("/api/reviews/undo", { method: "POST" });
    if (response.ok) router.refresh();
  }

  const badge = useMemo(() => {
    if (!card) return null;
    if (card.isNew) return t("new");
    return card.checkpoint === "long-term" ? t("longTerm") : t("checkpoint", { checkpoint: String(card.checkpoint) });
  }, [card, t]);

  const banner = (
    <>
      {pending > 0 && (
        <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {t("offline", { count: pending })}
        </p>
      )}
      {notice && (
        <p
          role="status"
          className="mb-3 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-800 dark:bg-sky-950 dark:text-sky-200"
        >
          {notice}
        </p>
      )}
    </>
  );

  if (finished) {
    const seconds = Math.round(stats.ms / 1000);
    if (stats.reviewed === 0) {
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
          <Figure label={t("reviewed")} value={format.number(stats.reviewed)} />
          <Figure label={t("forgotten")} value={format.number(stats.forgot)} />
          <Figure
            label={t("timeSpent")}
            value={t("minutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
          />
          <Figure label={t("dueTomorrow")} value={dueTomorrow === null ? "…" : format.number(dueTomorrow)} />
        </dl>
        {deferred > 0 && <p className="mt-4 text-sm text-slate-500">{t("capped", { count: deferred })}</p>}
        <div className="mt-4 flex gap-2">
          <Link href="/" className={buttonClass}>
            {t("backToDashboard")}
          </Link>
          <button
            type="button"
            onClick={undo}
            className="rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t("undo")}
          </button>
        </div>
      </Card>
    );
  }

  return (
    <div>
      {banner}
      <div className="mb-2 flex items-center justify-between text-sm text-slate-500">
        <span data-testid="cards-left">{t("left", { count: queue.length - index })}</span>
        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-slate-800 dark:text-slate-200">
          {badge}
          {card.due && card.due < today
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
      <div className="mt-4 grid grid-cols-2 gap-3">
        {revealed ? (
          <>
            <button
              type="button"
              onClick={() => answer("forgot")}
              className="rounded-xl border border-red-200 bg-red-50 px-4 py-4 text-base font-medium text-red-800 hover:bg-red-100 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
            >
              <kbd className="mr-2 rounded border border-current px-1.5 text-xs">1</kbd>
              {t("forgot")}
            </button>
            <button
              type="button"
              onClick={() => answer("remembered")}
              className="rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-4 text-base font-medium text-emerald-800 hover:bg-emerald-100 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
            >
              <kbd className="mr-2 rounded border border-current px-1.5 text-xs">2</kbd>
              {card.isNew ? t("studied") : t("remembered")}
            </button>
          </>
        ) : (
          <button type="button" onClick={reveal} className={`${buttonClass} col-span-2 py-4 text-base`}>
            <kbd className="mr-2 rounded border border-current px-1.5 text-xs">Space</kbd>
            {t("showAnswer")}
          </button>
        )}
      </div>
      <p className="mt-3 hidden text-center text-xs text-slate-500 sm:block">{t("keyHint")}</p>
    </div>
  );
}

/** The session's running totals survive a reload for the rest of the study day (this tab only). */
function loadStats(today: string): Stats {
  try {
    return JSON.parse(sessionStorage.getItem(`recall.review.stats.${today}`) ?? "") as Stats;
  } catch {
    return { reviewed: 0, forgot: 0, ms: 0 };
  }
}

function saveStats(today: string, stats: Stats): Stats {
  sessionStorage.setItem(`recall.review.stats.${today}`, JSON.stringify(stats));
  return stats;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={`summary-${label}`}>
        {value}
      </dd>
    </div>
  );
}
