"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import type { FunctionStats, SimulationResult } from "@/lib/simulator";
import { type SimFormat, useSimFormat } from "./use-sim-format";

type Metric = { key: string; value: (f: FunctionStats, r: SimulationResult) => string };

function metrics(fmt: SimFormat): Metric[] {
  return [
    { key: "requests", value: (f) => fmt.int(f.requests) },
    { key: "invocations", value: (f) => fmt.int(f.invocations) },
    { key: "throttled", value: (f) => fmt.int(f.throttled) },
    { key: "throttledPerSecond", value: (f, r) => fmt.dec1(f.throttled / r.durationSeconds) },
    { key: "coldStarts", value: (f) => fmt.int(f.coldStarts) },
    { key: "coldStartRate", value: (f) => fmt.percent(f.coldStartRate) },
    { key: "peakConcurrency", value: (f) => fmt.int(f.peakConcurrency) },
    { key: "meanConcurrency", value: (f) => fmt.dec1(f.meanConcurrency) },
    { key: "p50", value: (f) => fmt.ms(f.latencyMs.p50) },
    { key: "p95", value: (f) => fmt.ms(f.latencyMs.p95) },
    { key: "p99", value: (f) => fmt.ms(f.latencyMs.p99) },
    { key: "retries", value: (f) => fmt.int(f.retries) },
    { key: "errors", value: (f) => fmt.int(f.errors) },
    { key: "deadLettered", value: (f) => fmt.int(f.deadLettered) },
    { key: "gbSeconds", value: (f) => fmt.dec1(f.gbSeconds) },
    { key: "cost", value: (f) => fmt.usd(f.cost.total) },
  ];
}

/** Headline figures of the whole run as tiles, then a per-function table when there is more than one function. */
export const ResultsSummary = memo(function ResultsSummary({ result }: { result: SimulationResult }) {
  const t = useTranslations("simulator.results");
  const fmt = useSimFormat();
  const list = metrics(fmt);
  const names = Object.keys(result.byFunction);
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {list.map((m) => (
          <div key={m.key} className="rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
            <dt className="text-xs text-slate-500 dark:text-slate-400">{t(m.key)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`stat-${m.key}`}>
              {m.value(result.totals, result)}
            </dd>
          </div>
        ))}
      </dl>
      {names.length > 1 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm tabular-nums" data-testid="per-function">
            <thead>
              <tr className="border-b border-slate-200 text-left dark:border-slate-700">
                <th className="py-1 pr-3 font-medium">{t("metric")}</th>
                {names.map((name) => (
                  <th key={name} className="py-1 pr-3 text-right font-mono font-medium">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.key} className="border-b border-slate-100 dark:border-slate-800">
                  <td className="py-1 pr-3 text-slate-600 dark:text-slate-400">{t(m.key)}</td>
                  {names.map((name) => {
                    const stats = result.byFunction[name];
                    return (
                      <td key={name} className="py-1 pr-3 text-right">
                        {stats ? m.value(stats, result) : "–"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
});

/** The run in one sentence, for scenarios no preset explains (edited presets, shared links). */
export function useRunSentence() {
  const t = useTranslations("simulator.results");
  const fmt = useSimFormat();
  return (r: SimulationResult) => {
    const f = r.totals;
    return t("sentence", {
      requests: fmt.int(f.requests),
      invocations: fmt.int(f.invocations),
      throttled: fmt.int(f.throttled),
      perSecond: fmt.dec1(f.throttled / r.durationSeconds),
      coldStarts: fmt.int(f.coldStarts),
      rate: fmt.percent(f.coldStartRate),
      peak: fmt.int(f.peakConcurrency),
      mean: fmt.dec1(f.meanConcurrency),
      p99: fmt.ms(f.latencyMs.p99),
      cost: fmt.usd(f.cost.total),
    });
  };
}
