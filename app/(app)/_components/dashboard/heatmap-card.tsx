import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Heatmap, HeatLevel } from "@/lib/stats";
import { dayDate, mediumDay } from "./day-format";

const CELL = 11;
const PITCH = 14;
const LEFT = 28;
const TOP = 16;

// Tailwind fill classes per level; the dark set keeps the busiest days brightest on a dark background.
const LEVEL_CLASS: Record<HeatLevel, string> = {
  0: "fill-slate-200 dark:fill-slate-800",
  1: "fill-emerald-200 dark:fill-emerald-900",
  2: "fill-emerald-400 dark:fill-emerald-700",
  3: "fill-emerald-600 dark:fill-emerald-500",
  4: "fill-emerald-800 dark:fill-emerald-300",
};

/**
 * Answers per day over the last year as a contribution calendar: one column per week (Monday on top), each
 * day a square with its count in a tooltip. On a phone the calendar scrolls sideways and opens at today.
 */
export async function HeatmapCard({ heatmap }: { heatmap: Heatmap }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const offset = (heatmap.days[0]?.weekday ?? 1) - 1;
  const columns = Math.ceil((heatmap.days.length + offset) / 7);
  const months: { column: number; label: string }[] = [];
  heatmap.days.forEach((d, i) => {
    const column = Math.floor((i + offset) / 7);
    if (d.day.endsWith("-01") && column < columns - 1) {
      months.push({ column, label: format.dateTime(dayDate(d.day), { month: "short", timeZone: "UTC" }) });
    }
  });
  const weekdays = [1, 3, 5].map((weekday) => ({
    row: weekday - 1,
    // 2024-01-01 was a Monday.
    label: format.dateTime(dayDate(`2024-01-0${weekday}`), { weekday: "short", timeZone: "UTC" }),
  }));
  const summary = t("heatmapSummary", { total: heatmap.total, days: heatmap.activeDays });
  return (
    <Card className="md:col-span-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-medium">{t("heatmapTitle")}</h2>
        <p className="text-sm text-slate-500" data-testid="heatmap-summary">
          {summary}
        </p>
      </div>
      {/* rtl: a phone opens the scrolled calendar at its right end, today; the calendar itself stays ltr. */}
      <div className="mt-3 overflow-x-auto" dir="rtl">
        <div dir="ltr" className="min-w-[40rem]">
          <svg
            role="img"
            aria-label={`${t("heatmapTitle")}: ${summary}`}
            viewBox={`0 0 ${LEFT + columns * PITCH} ${TOP + 7 * PITCH}`}
            className="block w-full text-slate-500"
            data-testid="heatmap"
          >
            {months.map((m) => (
              <text key={`${m.column}-${m.label}`} x={LEFT + m.column * PITCH} y={10} fontSize={10} fill="currentColor">
                {m.label}
              </text>
            ))}
            {weekdays.map((w) => (
              <text key={w.row} x={0} y={TOP + w.row * PITCH + CELL - 1} fontSize={9} fill="currentColor">
                {w.label}
              </text>
            ))}
            {heatmap.days.map((d, i) => (
              <rect
                key={d.day}
                x={LEFT + Math.floor((i + offset) / 7) * PITCH}
                y={TOP + ((i + offset) % 7) * PITCH}
                width={CELL}
                height={CELL}
                rx={2}
                className={LEVEL_CLASS[d.level]}
                data-day={d.day}
                data-count={d.count}
              >
                <title>{t("heatmapCell", { date: format.dateTime(dayDate(d.day), mediumDay), count: d.count })}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <div className="mt-2 flex items-center justify-end gap-1 text-xs text-slate-500" aria-hidden="true">
        {t("heatmapLess")}
        <svg width={5 * PITCH} height={CELL}>
          {([0, 1, 2, 3, 4] as const).map((level) => (
            <rect key={level} x={level * PITCH} width={CELL} height={CELL} rx={2} className={LEVEL_CLASS[level]} />
          ))}
        </svg>
        {t("heatmapMore")}
      </div>
    </Card>
  );
}
