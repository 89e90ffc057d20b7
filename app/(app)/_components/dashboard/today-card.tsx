import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, Card } from "@/components/ui/card";
import type { DueToday } from "@/lib/db/dashboard/load-due-today";
import { checkpointKey, dayDate, mediumDay } from "./day-format";

const chipClass =
  "inline-flex items-center gap-1 rounded-full border border-slate-200 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";

/** Today's work: cards due now by subject and checkpoint, new cards, and the way into the review page. */
export async function TodayCard({ due, newToday }: { due: DueToday; newToday: number }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <Card className="md:col-span-2">
      <h2 className="text-sm font-medium text-slate-500">{t("todayTitle")}</h2>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-3xl font-semibold tabular-nums" data-testid="due-now">
            {t("dueNow", { count: due.dueNow })}
          </p>
          <p className="text-sm text-slate-500">
            <span data-testid="new-today">{t("newToday", { count: newToday })}</span> ·{" "}
            <span data-testid="new-waiting">{t("newWaiting", { count: due.newCards })}</span>
          </p>
        </div>
        {due.dueNow + newToday > 0 && (
          <Link href="/review" className={buttonClass} data-testid="start-review">
            {t("startReview")}
          </Link>
        )}
      </div>
      {due.dueNow === 0 ? (
        <p className="mt-3 text-sm" data-testid="next-due">
          {t("allCaughtUp")}{" "}
          {due.nextDueOn
            ? t("nextDue", { date: format.dateTime(dayDate(due.nextDueOn), mediumDay) })
            : t("noneScheduled")}
        </p>
      ) : (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t("bySubject")}</h3>
            <ul className="flex flex-wrap gap-2" data-testid="due-by-subject">
              {due.bySubject.map(({ subject, count }) => (
                <li key={subject ?? ""}>
                  {subject === null ? (
                    <span className={chipClass}>
                      {t("noSubject")} <b className="tabular-nums">{count}</b>
                    </span>
                  ) : (
                    <Link
                      href={`/review?subject=${encodeURIComponent(subject)}`}
                      className={chipClass}
                      aria-label={`${t("reviewSubject", { subject })}: ${count}`}
                      data-testid={`due-subject-${subject}`}
                    >
                      {subject} <b className="tabular-nums">{count}</b>
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">{t("byCheckpoint")}</h3>
            <dl className="grid grid-cols-5 gap-1 text-center" data-testid="due-by-checkpoint">
              {due.byCheckpoint.map(({ checkpoint, count }) => (
                <div key={checkpoint} className="rounded-lg bg-slate-50 px-1 py-2 dark:bg-slate-800/60">
                  <dt className="text-xs text-slate-500">
                    {t("checkpoint", { checkpoint: checkpointKey(checkpoint) })}
                  </dt>
                  <dd className="text-lg font-semibold tabular-nums" data-testid={`due-checkpoint-${checkpoint}`}>
                    {count}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
    </Card>
  );
}
