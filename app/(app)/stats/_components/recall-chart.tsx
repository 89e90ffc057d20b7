"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface RecallPoint {
  label: string;
  /** 0–100, or null when there were no answers. */
  percent: number | null;
  reviews: number;
}

/** Recall rate per checkpoint as bars labelled with their percent; tooltips add the number of answers. */
export function RecallChart({ points, labels }: { points: RecallPoint[]; labels: { rate: string; answers: string } }) {
  return (
    <div className="h-56 w-full text-slate-500" data-testid="recall-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="label" stroke="currentColor" fontSize={11} tickLine={false} />
          <YAxis domain={[0, 100]} stroke="currentColor" fontSize={11} tickLine={false} unit="%" />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            formatter={(value, _name, item) => [
              `${value}% (${labels.answers}: ${(item.payload as RecallPoint).reviews})`,
              labels.rate,
            ]}
            contentStyle={{ borderRadius: 8, fontSize: 12, color: "#0f172a" }}
          />
          <Bar dataKey="percent" name={labels.rate} fill="#10b981" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            <LabelList
              dataKey="percent"
              position="top"
              fontSize={11}
              fill="currentColor"
              formatter={(v) => (v == null ? "" : `${v}%`)}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
