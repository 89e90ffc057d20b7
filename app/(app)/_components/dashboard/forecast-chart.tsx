"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ForecastPoint {
  /** Short label for the axis, e.g. "Mar 4". */
  label: string;
  /** Long label for the tooltip. */
  date: string;
  count: number;
  overdue: number;
}

/** Due cards per day for the next 30 days; today's bar shows the overdue part in amber. */
export function ForecastChart({
  points,
  labels,
}: {
  points: ForecastPoint[];
  labels: { due: string; overdue: string };
}) {
  const data = points.map((p) => ({ ...p, onTime: p.count - p.overdue }));
  return (
    <div className="h-56 w-full text-slate-500" data-testid="forecast-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="label" stroke="currentColor" fontSize={11} tickLine={false} minTickGap={12} />
          <YAxis stroke="currentColor" fontSize={11} tickLine={false} allowDecimals={false} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            labelFormatter={(_label, payload) => (payload?.[0]?.payload as ForecastPoint | undefined)?.date ?? ""}
            contentStyle={{ borderRadius: 8, fontSize: 12, color: "#0f172a" }}
          />
          <Bar dataKey="overdue" name={labels.overdue} stackId="due" fill="#f59e0b" isAnimationActive={false} />
          <Bar
            dataKey="onTime"
            name={labels.due}
            stackId="due"
            fill="#2f6fed"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
