"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface DailyPoint {
  label: string;
  date: string;
  remembered: number;
  forgot: number;
  firstStudies: number;
  minutes: number;
}

export interface SeriesSpec {
  key: keyof Omit<DailyPoint, "label" | "date">;
  name: string;
  color: string;
}

/** Stacked bars per day (answers by grade, or minutes); axis and grid follow the text colour for dark mode. */
export function DailyChart(props: { points: DailyPoint[]; series: SeriesSpec[]; testId: string; unit?: string }) {
  const last = props.series.length - 1;
  return (
    <div className="h-64 w-full text-slate-500" data-testid={props.testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="label" stroke="currentColor" fontSize={11} tickLine={false} minTickGap={16} />
          <YAxis stroke="currentColor" fontSize={11} tickLine={false} allowDecimals={false} unit={props.unit} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            labelFormatter={(_label, payload) => (payload?.[0]?.payload as DailyPoint | undefined)?.date ?? ""}
            contentStyle={{ borderRadius: 8, fontSize: 12, color: "#0f172a" }}
          />
          {props.series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {props.series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="day"
              fill={s.color}
              radius={i === last ? [2, 2, 0, 0] : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
