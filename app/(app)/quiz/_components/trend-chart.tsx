"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendPoint {
  label: string;
  when: string;
  percent: number;
}

/** Quiz scores in the order taken, with the pass mark as a dashed line. Colours work in light and dark. */
export function TrendChart({
  points,
  passPercent,
  labels,
}: {
  points: TrendPoint[];
  passPercent: number;
  labels: { score: string; pass: string };
}) {
  const data = points.map((p, i) => ({ ...p, n: i + 1 }));
  return (
    <div className="h-64 w-full text-slate-500" data-testid="quiz-trend">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="label" stroke="currentColor" fontSize={12} tickLine={false} />
          <YAxis domain={[0, 100]} stroke="currentColor" fontSize={12} tickLine={false} unit="%" />
          <ReferenceLine
            y={passPercent}
            stroke="#f59e0b"
            strokeDasharray="6 4"
            label={{ value: labels.pass, position: "insideBottomRight", fill: "#f59e0b", fontSize: 12 }}
          />
          <Tooltip
            formatter={(value) => [`${value}%`, labels.score]}
            labelFormatter={(_label, payload) => (payload?.[0]?.payload as TrendPoint | undefined)?.when ?? ""}
            contentStyle={{ borderRadius: 8, fontSize: 12, color: "#0f172a" }}
          />
          <Line
            type="monotone"
            dataKey="percent"
            name={labels.score}
            stroke="#2f6fed"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
