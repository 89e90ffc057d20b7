import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ForecastDay } from "@/lib/stats";
import { dayDate, mediumDay, shortDay } from "./day-format";
import { ForecastChart } from "./forecast-chart";

/** The 30-day forecast: headline numbers, a chart, and the same figures as a table for screen readers. */
export async function ForecastCard({ forecast }: { forecast: ForecastDay[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const sum = (from: number, to: number) => forecast.slice(from, to).reduce((s, d) => s + d.count, 0);
  const overdue = forecast[0]?.overdue ?? 0;
  const figures = [
    { key: "tomorrow", label: t("forecastTomorrow"), value: sum(1, 2) },
    { key: "week", label: t("forecastWeek"), value: sum(1, 8) },
    { key: "month", label: t("forecastMonth"), value: sum(1, 31) },
  ];
  return (
    <Card className="md:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-medium">{t("forecastTitle")}</h2>
        {overdue > 0 && (
          <span className="text-sm text-amber-700 dark:text-amber-400">{t("forecastOverdue", { count: overdue })}</span>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
        {figures.map((f) => (
          <div key={f.key} className="rounded-lg bg-slate-50 py-2 dark:bg-slate-800/60">
            <dt className="text-xs text-slate-500">{f.label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`forecast-${f.key}`}>
              {format.number(f.value)}
            </dd>
          </div>
        ))}
      </dl>
      <ForecastChart
        points={forecast.map((d) => ({
          label: format.dateTime(dayDate(d.day), shortDay),
          date: format.dateTime(dayDate(d.day), mediumDay),
          count: d.count,
          overdue: d.overdue,
        }))}
        labels={{ due: t("forecastCount"), overdue: t("overdueLabel") }}
      />
      <table className="sr-only" data-testid="forecast-table">
        <caption>{t("forecastTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forecastDay")}</th>
            <th scope="col">{t("forecastCount")}</th>
          </tr>
        </thead>
        <tbody>
          {forecast.map((d) => (
            <tr key={d.day} data-day={d.day}>
              <td>{format.dateTime(dayDate(d.day), mediumDay)}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
