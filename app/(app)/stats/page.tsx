import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { STATISTICS_RANGES, loadStatistics } from "@/lib/db/dashboard/load-statistics";
import { checkpointKey, dayDate, mediumDay, shortDay } from "../_components/dashboard/day-format";
import { DailyChart } from "./_components/daily-chart";
import { RecallChart } from "./_components/recall-chart";
import { SubjectTable } from "./_components/subject-table";

export const dynamic = "force-dynamic";

/** Answers per day, recall per checkpoint and subject, and time spent, over 30, 90 or 365 days. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<{ days?: string }> }) {
  const user = await requireUser();
  const requested = Number((await searchParams).days);
  const days = (STATISTICS_RANGES as readonly number[]).includes(requested) ? requested : 30;
  const [t, format, stats] = await Promise.all([
    getTranslations("stats"),
    getFormatter(),
    loadStatistics({ userId: user.id, now: new Date(), days }),
  ]);
  const percent = (rate: number | null) =>
    rate === null ? "–" : format.number(rate, { style: "percent", maximumFractionDigits: 0 });
  const points = stats.days.map((d) => ({
    label: format.dateTime(dayDate(d.day), shortDay),
    date: format.dateTime(dayDate(d.day), mediumDay),
    remembered: d.remembered,
    forgot: d.forgot,
    firstStudies: d.firstStudies,
    minutes: Math.round(d.durationMs / 6000) / 10,
  }));
  const figures = [
    { key: "reviews", label: t("totalReviews"), value: format.number(stats.totals.reviews) },
    { key: "first-studies", label: t("firstStudies"), value: format.number(stats.totals.firstStudies) },
    { key: "recall", label: t("recallOverall"), value: percent(stats.overall.rate) },
    {
      key: "time",
      label: t("timeSpent"),
      value: t("minutesValue", { minutes: format.number(Math.round(stats.totals.durationMs / 60_000)) }),
    },
    { key: "active-days", label: t("activeDays"), value: format.number(stats.totals.activeDays) },
  ];
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <PageTitle>{t("title")}</PageTitle>
        <Link href="/" className="text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
      </div>
      <nav aria-label={t("range")} className="mb-4 flex gap-2">
        {STATISTICS_RANGES.map((range) => (
          <Link
            key={range}
            href={`/stats?days=${range}`}
            aria-current={range === days ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${range === days ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
          >
            {t("lastDays", { days: range })}
          </Link>
        ))}
      </nav>
      <dl className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-5">
        {figures.map((f) => (
          <Card key={f.key}>
            <dt className="text-xs text-slate-500">{f.label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`stat-${f.key}`}>
              {f.value}
            </dd>
          </Card>
        ))}
      </dl>
      {stats.totals.reviews === 0 && <p className="mb-4 text-sm text-slate-500">{t("noData")}</p>}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card className="md:col-span-2">
          <h2 className="mb-2 font-medium">{t("perDayTitle")}</h2>
          <DailyChart
            testId="reviews-chart"
            points={points}
            series={[
              { key: "remembered", name: t("remembered"), color: "#10b981" },
              { key: "forgot", name: t("forgot"), color: "#ef4444" },
              { key: "firstStudies", name: t("firstStudy"), color: "#2f6fed" },
            ]}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-medium">{t("checkpointTitle")}</h2>
          <RecallChart
            points={stats.byCheckpoint.map((c) => ({
              label: t("checkpoint", { checkpoint: checkpointKey(c.key) }),
              percent: c.rate === null ? null : Math.round(c.rate * 100),
              reviews: c.reviews,
            }))}
            labels={{ rate: t("rate"), answers: t("answers") }}
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-medium">{t("subjectTitle")}</h2>
          <SubjectTable subjects={stats.bySubject} />
        </Card>
        <Card className="md:col-span-2">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-medium">{t("timeTitle")}</h2>
            {stats.totals.reviews > 0 && (
              <span className="text-sm text-slate-500">
                {t("perAnswer", {
                  seconds: format.number(stats.totals.durationMs / 1000 / stats.totals.reviews, {
                    maximumFractionDigits: 1,
                  }),
                })}
              </span>
            )}
          </div>
          <DailyChart
            testId="time-chart"
            points={points}
            series={[{ key: "minutes", name: t("minutes"), color: "#8b5cf6" }]}
          />
        </Card>
      </div>
    </>
  );
}
