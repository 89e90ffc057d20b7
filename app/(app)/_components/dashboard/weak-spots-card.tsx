import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { LapseLeader } from "@/lib/db/dashboard/find-lapse-leaders";
import type { RecallRate } from "@/lib/stats";

/** Markdown emphasis and code marks make a noisy one-line preview; the review page renders the real thing. */
function plain(markdown: string): string {
  return markdown
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cards forgotten most and subjects remembered least, each a link to a focused review. */
export async function WeakSpotsCard(props: { cards: LapseLeader[]; subjects: RecallRate<string | null>[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <Card className="md:col-span-3">
      <h2 className="font-medium">{t("weakTitle")}</h2>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <section>
          <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t("weakCards")}</h3>
          {props.cards.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noWeakCards")}</p>
          ) : (
            <ul className="space-y-2" data-testid="weak-cards">
              {props.cards.map((card) => (
                <li key={card.cardId}>
                  <Link
                    href={`/review?note=${encodeURIComponent(card.noteId)}`}
                    className="group block rounded-lg px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
                    title={t("reviewNote")}
                  >
                    <span className="block truncate text-sm group-hover:underline">{plain(card.front)}</span>
                    <span className="block text-xs text-slate-500">
                      {card.noteTitle} · {t("lapses", { count: card.lapses })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t("weakSubjects")}</h3>
          {props.subjects.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noWeakSubjects")}</p>
          ) : (
            <ul className="space-y-2" data-testid="weak-subjects">
              {props.subjects.map((s) => {
                const rate = format.number(s.rate ?? 0, { style: "percent", maximumFractionDigits: 0 });
                const body = (
                  <>
                    <span className="flex justify-between gap-2 text-sm">
                      <span className="truncate">{s.key ?? t("noSubject")}</span>
                      <span className="tabular-nums">{rate}</span>
                    </span>
                    <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
                      <span
                        className="block h-full bg-amber-500"
                        style={{ width: `${Math.round((s.rate ?? 0) * 100)}%` }}
                      />
                    </span>
                    <span className="text-xs text-slate-500">{t("recallRate", { rate, count: s.reviews })}</span>
                  </>
                );
                return (
                  <li key={s.key ?? ""}>
                    {s.key === null ? (
                      <div className="px-2 py-1">{body}</div>
                    ) : (
                      <Link
                        href={`/review?subject=${encodeURIComponent(s.key)}`}
                        className="block rounded-lg px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
                        aria-label={`${t("reviewSubject", { subject: s.key })} (${rate})`}
                      >
                        {body}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </Card>
  );
}
