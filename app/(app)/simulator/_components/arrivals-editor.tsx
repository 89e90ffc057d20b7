"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Arrivals, parseTraceCsv } from "@/lib/simulator";
import { ChoiceField, NumberField } from "./fields";

const PROCESSES = ["constant", "poisson", "steps", "ramp", "spike", "trace"] as const;
type Process = (typeof PROCESSES)[number];

/** A typical rate of the current process, carried over when the student switches to another one. */
function baseRate(a: Arrivals): number {
  switch (a.process) {
    case "constant":
    case "poisson":
      return a.ratePerSecond;
    case "steps":
      return a.steps[0]?.ratePerSecond ?? 10;
    case "ramp":
      return a.toRate;
    case "spike":
      return a.baseRate;
    case "trace":
      return 10;
  }
}

function switchTo(a: Arrivals, process: Process, duration: number): Arrivals {
  const rate = baseRate(a);
  const at = (fraction: number) => Math.round(duration * fraction);
  switch (process) {
    case "constant":
    case "poisson":
      return { process, ratePerSecond: rate };
    case "steps":
      return {
        process,
        spacing: "poisson",
        steps: [
          { atSecond: 0, ratePerSecond: rate },
          { atSecond: at(0.5), ratePerSecond: rate * 4 },
        ],
      };
    case "ramp":
      return { process, spacing: "poisson", fromRate: 0, toRate: rate, startSecond: 0, endSecond: at(0.5) };
    case "spike":
      return {
        process,
        spacing: "poisson",
        baseRate: rate,
        spikeRate: rate * 10,
        atSecond: at(0.25),
        durationSeconds: Math.max(1, at(0.25)),
      };
    case "trace":
      return { process, timestampsSeconds: [] };
  }
}

/** Arrival process editor: constant, Poisson, steps, ramp, spike, or a pasted CSV trace. */
export function ArrivalsEditor({
  value,
  onChange,
  duration,
}: {
  value: Arrivals;
  onChange: (value: Arrivals) => void;
  duration: number;
}) {
  const t = useTranslations("simulator.arrivals");
  const rate = (label: string, current: number, set: (v: number) => void) => (
    <NumberField label={label} value={current} onChange={set} min={0} max={10_000} scale="log" unit="/s" />
  );
  const second = (label: string, current: number, set: (v: number) => void) => (
    <NumberField label={label} value={current} onChange={set} min={0} max={Math.max(duration, 1)} unit="s" />
  );
  return (
    <div className="space-y-3">
      <ChoiceField
        label={t("process")}
        value={value.process}
        options={PROCESSES.map((p) => ({ value: p, label: t(p) }))}
        onChange={(p) => onChange(switchTo(value, p, duration))}
      />
      {(value.process === "constant" || value.process === "poisson") &&
        rate(t("ratePerSecond"), value.ratePerSecond, (v) => onChange({ ...value, ratePerSecond: v }))}
      {value.process === "steps" && (
        <div className="space-y-2">
          {value.steps.map((step, i) => (
            <div key={i} className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-800">
              {second(t("atSecond"), step.atSecond, (v) =>
                onChange({ ...value, steps: value.steps.map((s, j) => (j === i ? { ...s, atSecond: v } : s)) }),
              )}
              {rate(t("ratePerSecond"), step.ratePerSecond, (v) =>
                onChange({ ...value, steps: value.steps.map((s, j) => (j === i ? { ...s, ratePerSecond: v } : s)) }),
              )}
              {value.steps.length > 1 ? (
                <button
                  type="button"
                  className="text-xs text-red-600 underline dark:text-red-400"
                  onClick={() => onChange({ ...value, steps: value.steps.filter((_, j) => j !== i) })}
                >
                  {t("removeStep")}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="text-sm text-brand-600 underline dark:text-brand-100"
            onClick={() => {
              const last = value.steps.at(-1);
              const atSecond = Math.min(duration, (last?.atSecond ?? 0) + Math.max(1, Math.round(duration / 4)));
              onChange({ ...value, steps: [...value.steps, { atSecond, ratePerSecond: last?.ratePerSecond ?? 10 }] });
            }}
          >
            {t("addStep")}
          </button>
        </div>
      )}
      {value.process === "ramp" && (
        <>
          {rate(t("fromRate"), value.fromRate, (v) => onChange({ ...value, fromRate: v }))}
          {rate(t("toRate"), value.toRate, (v) => onChange({ ...value, toRate: v }))}
          {second(t("startSecond"), value.startSecond, (v) => onChange({ ...value, startSecond: v }))}
          {second(t("endSecond"), value.endSecond, (v) => onChange({ ...value, endSecond: v }))}
        </>
      )}
      {value.process === "spike" && (
        <>
          {rate(t("baseRate"), value.baseRate, (v) => onChange({ ...value, baseRate: v }))}
          {rate(t("spikeRate"), value.spikeRate, (v) => onChange({ ...value, spikeRate: v }))}
          {second(t("spikeAt"), value.atSecond, (v) => onChange({ ...value, atSecond: v }))}
          {second(t("spikeDuration"), value.durationSeconds, (v) => onChange({ ...value, durationSeconds: v }))}
        </>
      )}
      {(value.process === "steps" || value.process === "ramp" || value.process === "spike") && (
        <ChoiceField
          label={t("spacing")}
          value={value.spacing}
          options={[
            { value: "poisson", label: t("spacingPoisson") },
            { value: "even", label: t("spacingEven") },
          ]}
          onChange={(spacing) => onChange({ ...value, spacing })}
        />
      )}
      {value.process === "trace" && (
        <TraceInput
          count={value.timestampsSeconds.length}
          onChange={(timestampsSeconds) => onChange({ process: "trace", timestampsSeconds })}
        />
      )}
    </div>
  );
}

function TraceInput({ count, onChange }: { count: number; onChange: (timestamps: number[]) => void }) {
  const t = useTranslations("simulator.arrivals");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <label className="block text-sm text-slate-700 dark:text-slate-300">
        {t("traceCsv")}
        <textarea
          rows={4}
          placeholder={"timestamp\n0\n0.12\n0.5"}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          onChange={(event) => {
            const parsed = parseTraceCsv(event.target.value);
            if (parsed.ok) onChange(parsed.timestampsSeconds);
            setError(parsed.ok ? null : parsed.errors.join("; "));
          }}
        />
      </label>
      <p className="text-xs text-slate-500">{t("traceHint", { count })}</p>
      {error ? <p className="text-xs text-red-600 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
