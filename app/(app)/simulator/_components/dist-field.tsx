"use client";

import { useTranslations } from "next-intl";
import type { Dist } from "@/lib/simulator";
import { ChoiceField, NumberField } from "./fields";

const KINDS = ["fixed", "exponential", "lognormal", "uniform"] as const;

/** Another distribution with the same mean, so switching the kind keeps the run comparable. */
function convert(dist: Dist, kind: Dist["dist"]): Dist {
  const mean = dist.dist === "fixed" ? dist.value : dist.dist === "uniform" ? (dist.min + dist.max) / 2 : dist.mean;
  switch (kind) {
    case "fixed":
      return { dist: "fixed", value: mean };
    case "exponential":
      return { dist: "exponential", mean: Math.max(1, mean) };
    case "lognormal":
      return { dist: "lognormal", mean: Math.max(1, mean), sd: Math.round(mean / 3) };
    case "uniform":
      return { dist: "uniform", min: Math.round(mean / 2), max: Math.round(mean * 1.5) };
  }
}

/** A duration distribution in milliseconds (handler duration or INIT time). */
export function DistField({
  label,
  value,
  onChange,
  max,
}: {
  label: string;
  value: Dist;
  onChange: (value: Dist) => void;
  max: number;
}) {
  const t = useTranslations("simulator.dist");
  const ms = (field: string, current: number, set: (v: number) => void, min = 0) => (
    <NumberField label={t(field)} value={current} onChange={set} min={min} max={max} scale="log" unit="ms" />
  );
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-950/60">
      <ChoiceField
        label={label}
        value={value.dist}
        options={KINDS.map((kind) => ({ value: kind, label: t(kind) }))}
        onChange={(kind) => onChange(convert(value, kind))}
      />
      {value.dist === "fixed" && ms("value", value.value, (v) => onChange({ ...value, value: v }))}
      {value.dist === "exponential" && ms("mean", value.mean, (v) => onChange({ ...value, mean: v }), 1)}
      {value.dist === "lognormal" && (
        <>
          {ms("mean", value.mean, (v) => onChange({ ...value, mean: v }), 1)}
          {ms("sd", value.sd, (v) => onChange({ ...value, sd: v }))}
        </>
      )}
      {value.dist === "uniform" && (
        <>
          {ms("min", value.min, (v) => onChange({ ...value, min: v }))}
          {ms("max", value.max, (v) => onChange({ ...value, max: v }))}
        </>
      )}
    </div>
  );
}
