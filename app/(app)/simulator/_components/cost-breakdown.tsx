"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SimulationResult } from "@/lib/simulator";
import { AXIS_COLOR, ChartFrame, GRID_COLOR, SERIES_COLORS, tooltipStyle } from "./chart-frame";
import { useSimFormat } from "./use-sim-format";

/** Engine line names → message keys (the engine's own names are English). */
const ITEM_KEYS: Record<string, string> = {
  requests: "requests",
  "on-demand compute": "onDemand",
  "ephemeral storage above 512 MB": "storage",
  "provisioned concurrency (enabled)": "pcEnabled",
  "provisioned concurrency (duration)": "pcDuration",
};

/** Cost of the run: requests, compute and provisioned concurrency per function as stacked bars, and the itemised total. */
export const CostBreakdown = memo(function CostBreakdown({
  result,
  freeTier,
}: {
  result: SimulationResult;
  freeTier: boolean;
}) {
  const t = useTranslations("simulator.cost");
  const fmt = useSimFormat();
  const rows = Object.entries(result.byFunction).map(([name, f]) => ({
    name,
    requests: f.cost.requests,
    compute: f.cost.compute,
    provisioned: f.cost.provisioned,
  }));
  const lines = result.totals.cost.breakdown.filter(
    (line) => line.amount > 0 || line.item === "requests" || line.item === "on-demand compute",
  );
  const parts = ["requests", "compute", "provisioned"] as const;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ChartFrame title={t("byFunction")} testId="chart-cost">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="name" stroke={AXIS_COLOR} tick={{ fontSize: 11 }} />
            <YAxis stroke={AXIS_COLOR} tick={{ fontSize: 11 }} width={64} tickFormatter={(v: number) => fmt.usd(v)} />
            <Tooltip
              {...tooltipStyle}
              cursor={{ fill: "#94a3b822" }}
              formatter={(value) => (typeof value === "number" ? fmt.usd(value) : "–")}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {parts.map((part, i) => (
              <Bar
                key={part}
                dataKey={part}
                name={t(part)}
                stackId="cost"
                fill={SERIES_COLORS[i]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <div className="min-w-0">
        <table className="w-full text-sm tabular-nums" data-testid="cost-table">
          <thead>
            <tr className="border-b border-slate-200 text-left dark:border-slate-700">
              <th className="py-1 pr-2 font-medium">{t("item")}</th>
              <th className="py-1 pr-2 text-right font-medium">{t("quantity")}</th>
              <th className="py-1 text-right font-medium">{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.item} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-2">{t(ITEM_KEYS[line.item] ?? "other")}</td>
                <td className="whitespace-nowrap py-1 pr-2 text-right">
                  {fmt.dec1(line.quantity)} {line.unit === "GB-s" ? "GB-s" : t("requestsUnit")}
                </td>
                <td className="whitespace-nowrap py-1 text-right">{fmt.usd(line.amount)}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <td className="py-1 pr-2">{t("total")}</td>
              <td />
              <td className="py-1 text-right" data-testid="cost-total">
                {fmt.usd(result.totals.cost.total)}
              </td>
            </tr>
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-500">{freeTier ? t("freeTierOn") : t("freeTierOff")}</p>
      </div>
    </div>
  );
});
