"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Scenario } from "@/lib/simulator";
import type { ChartData } from "./chart-data";
import {
  AXIS_COLOR,
  ChartFrame,
  GRID_COLOR,
  LIMIT_COLOR,
  PROVISIONED_COLOR,
  RESERVED_COLOR,
  SERIES_COLORS,
  tooltipStyle,
} from "./chart-frame";
import { useSimFormat } from "./use-sim-format";

type Series = "concurrency" | "coldStarts" | "throttles" | "p95" | "backlog";

/** Line charts over time (one line per function): concurrency against the limits, cold starts, throttles, p95 latency, backlog. */
// memo: the workbench re-renders on every slider step; the charts need to only when a run finishes.
export const RunCharts = memo(function RunCharts({ chart, scenario }: { chart: ChartData; scenario: Scenario }) {
  const t = useTranslations("simulator.charts");
  const fmt = useSimFormat();
  const peak = Math.max(
    0,
    ...chart.rows.flatMap((row) => chart.functions.map((name) => row[`concurrency:${name}`] ?? 0)),
  );
  const limit = scenario.account.concurrencyLimit;
  // The account limit only helps when it is near the curve; 1,000 over a peak of 50 would flatten the chart.
  const showLimit = limit <= Math.max(peak, 1) * 3;
  const caps = scenario.functions.flatMap((f) => {
    const lines: { y: number; label: string; color: string; dash: string }[] = [];
    if (f.reservedConcurrency !== undefined && f.reservedConcurrency !== null) {
      const value = fmt.int(f.reservedConcurrency);
      lines.push({
        y: f.reservedConcurrency,
        label: t("reserved", { name: f.name, value }),
        color: RESERVED_COLOR,
        dash: "6 3",
      });
    }
    if (f.provisionedConcurrency > 0)
      lines.push({
        y: f.provisionedConcurrency,
        label: t("provisioned", { name: f.name, value: fmt.int(f.provisionedConcurrency) }),
        color: PROVISIONED_COLOR,
        dash: "2 3",
      });
    return lines;
  });
  if (showLimit)
    caps.unshift({ y: limit, label: t("accountLimit", { value: fmt.int(limit) }), color: LIMIT_COLOR, dash: "6 3" });
  const stepNote = chart.step > 1 ? t("step", { step: chart.step }) : undefined;

  const chartOf = (series: Series, extra?: React.ReactNode, unit?: string) => (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={chart.rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID_COLOR} vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={["dataMin", "dataMax"]}
          stroke={AXIS_COLOR}
          tick={{ fontSize: 11 }}
          unit=" s"
        />
        <YAxis stroke={AXIS_COLOR} tick={{ fontSize: 11 }} width={48} allowDecimals={series !== "concurrency"} />
        <Tooltip
          {...tooltipStyle}
          labelFormatter={(label) => `${fmt.int(Number(label))} s`}
          formatter={(value) => (typeof value === "number" ? `${fmt.dec1(value)}${unit ?? ""}` : "–")}
        />
        {chart.functions.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} /> : null}
        {chart.functions.map((name, i) => (
          <Line
            key={name}
            name={name}
            dataKey={`${series}:${name}`}
            stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
            dot={false}
            strokeWidth={1.75}
            isAnimationActive={false}
            connectNulls={series === "p95"}
          />
        ))}
        {/* After the lines, so a limit the curve sits on stays visible. */}
        {extra}
      </LineChart>
    </ResponsiveContainer>
  );

  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="run-charts">
      <ChartFrame
        title={t("concurrency")}
        note={
          [showLimit ? undefined : t("limitOffScale", { limit: fmt.int(limit) }), stepNote]
            .filter(Boolean)
            .join(" · ") || undefined
        }
        testId="chart-concurrency"
        footer={<LimitLegend lines={caps} />}
      >
        {chartOf(
          "concurrency",
          caps.map((cap) => (
            <ReferenceLine
              key={cap.label}
              y={cap.y}
              stroke={cap.color}
              strokeDasharray={cap.dash}
              ifOverflow="extendDomain"
            />
          )),
        )}
      </ChartFrame>
      <ChartFrame title={t("coldStarts")} note={stepNote} testId="chart-cold-starts">
        {chartOf("coldStarts", undefined, "/s")}
      </ChartFrame>
      <ChartFrame title={t("throttles")} note={stepNote} testId="chart-throttles">
        {chartOf("throttles", undefined, "/s")}
      </ChartFrame>
      <ChartFrame title={t("latency")} note={stepNote} testId="chart-latency">
        {chartOf("p95", undefined, " ms")}
      </ChartFrame>
      {chart.hasBacklog ? (
        <ChartFrame title={t("backlog")} note={stepNote} testId="chart-backlog">
          {chartOf("backlog")}
        </ChartFrame>
      ) : null}
    </div>
  );
});

/** Names the dashed limit lines under the chart (labels inside the plot would sit on top of the data). */
function LimitLegend({ lines }: { lines: { label: string; color: string; dash: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      {lines.map((line) => (
        <li key={line.label} className="flex items-center gap-1.5">
          <svg width="22" height="6" aria-hidden="true">
            <line x1="0" y1="3" x2="22" y2="3" stroke={line.color} strokeWidth="2" strokeDasharray={line.dash} />
          </svg>
          {line.label}
        </li>
      ))}
    </ul>
  );
}
