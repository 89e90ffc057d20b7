"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type FunctionConfig, PAGE_LIMITS, type Scenario } from "@/lib/simulator";
import { CheckboxField, ChoiceField, FieldGroup, NumberField } from "./fields";
import { FunctionEditor } from "./function-editor";
import { FieldPathContext } from "./scenario-issues-view";

/** A plain synchronous function for "Add function": 10 requests/s of 200 ms. */
function newFunction(existing: readonly FunctionConfig[], template: FunctionConfig): FunctionConfig {
  let n = existing.length + 1;
  while (existing.some((f) => f.name === `fn${n}`)) n += 1;
  return {
    ...template,
    name: `fn${n}`,
    reservedConcurrency: undefined,
    provisionedConcurrency: 0,
    invocation: "sync",
    errorRate: 0,
    durationMs: { dist: "lognormal", mean: 200, sd: 60 },
    durationMeasuredAtMemoryMb: undefined,
    arrivals: { process: "poisson", ratePerSecond: 10 },
  };
}

/** Account, pricing and model settings, then one tab per function. */
export function ScenarioEditor({ scenario, onChange }: { scenario: Scenario; onChange: (next: Scenario) => void }) {
  const t = useTranslations("simulator.params");
  const [tab, setTab] = useState(0);
  const index = Math.min(tab, scenario.functions.length - 1);
  const fn = scenario.functions[index] as FunctionConfig;
  const set = (patch: Partial<Scenario>) => onChange({ ...scenario, ...patch });
  const account = scenario.account;
  const scaling = account.scaling;
  const setScaling = (patch: Partial<typeof scaling>) =>
    set({ account: { ...account, scaling: { ...scaling, ...patch } } });
  const setFunction = (patch: Partial<FunctionConfig>) =>
    set({ functions: scenario.functions.map((f, i) => (i === index ? { ...f, ...patch } : f)) });

  return (
    <div className="space-y-2" data-testid="scenario-editor">
      <FieldGroup title={t("groupGeneral")} open>
        <NumberField
          label={t("durationSeconds")}
          path="durationSeconds"
          value={scenario.durationSeconds}
          onChange={(durationSeconds) => set({ durationSeconds })}
          min={1}
          max={PAGE_LIMITS.durationSeconds}
          scale="log"
          unit="s"
        />
        <NumberField
          label={t("seed")}
          path="seed"
          value={scenario.seed}
          onChange={(seed) => set({ seed })}
          min={0}
          max={1_000_000}
          noSlider
          hint={t("seedHint")}
        />
      </FieldGroup>

      <FieldGroup title={t("groupAccount")}>
        <NumberField
          label={t("concurrencyLimit")}
          value={account.concurrencyLimit}
          onChange={(concurrencyLimit) => set({ account: { ...account, concurrencyLimit } })}
          min={100}
          max={20_000}
          scale="log"
        />
        <ChoiceField
          label={t("scalingMode")}
          value={scaling.mode}
          options={[
            { value: "current", label: t("scalingCurrent") },
            { value: "legacy", label: t("scalingLegacy") },
          ]}
          onChange={(mode) => setScaling({ mode })}
        />
        {scaling.mode === "current" ? (
          <>
            <NumberField
              label={t("bucketCapacity")}
              value={scaling.bucketCapacity}
              onChange={(bucketCapacity) => setScaling({ bucketCapacity })}
              min={1}
              max={10_000}
              scale="log"
            />
            <NumberField
              label={t("refillPerSecond")}
              value={scaling.refillPerSecond}
              onChange={(refillPerSecond) => setScaling({ refillPerSecond })}
              min={0}
              max={10_000}
              scale="log"
              unit="/s"
            />
          </>
        ) : (
          <>
            <NumberField
              label={t("legacyBurst")}
              value={scaling.legacyBurst}
              onChange={(legacyBurst) => setScaling({ legacyBurst })}
              min={1}
              max={10_000}
              scale="log"
            />
            <NumberField
              label={t("legacyPerMinute")}
              value={scaling.legacyPerMinute}
              onChange={(legacyPerMinute) => setScaling({ legacyPerMinute })}
              min={0}
              max={10_000}
              scale="log"
            />
          </>
        )}
      </FieldGroup>

      <FieldGroup title={t("groupPricing")}>
        <ChoiceField
          label={t("architecture")}
          value={scenario.pricing.architecture}
          options={[
            { value: "x86_64", label: "x86_64" },
            { value: "arm64", label: "arm64" },
          ]}
          onChange={(architecture) => set({ pricing: { ...scenario.pricing, architecture } })}
        />
        <CheckboxField
          label={t("freeTier")}
          checked={scenario.pricing.freeTier}
          onChange={(freeTier) => set({ pricing: { ...scenario.pricing, freeTier } })}
        />
        <CheckboxField
          label={t("billInit")}
          checked={scenario.pricing.billInit}
          onChange={(billInit) => set({ pricing: { ...scenario.pricing, billInit } })}
        />
      </FieldGroup>

      <FieldGroup title={t("groupModel")}>
        <NumberField
          label={t("fullVcpuMemoryMb")}
          value={scenario.model.fullVcpuMemoryMb}
          onChange={(v) => set({ model: { ...scenario.model, fullVcpuMemoryMb: v } })}
          min={128}
          max={10_240}
          scale="log"
          unit="MB"
        />
        <NumberField
          label={t("maxVcpusUsed")}
          value={scenario.model.maxVcpusUsed}
          onChange={(v) => set({ model: { ...scenario.model, maxVcpusUsed: v } })}
          min={1}
          max={6}
        />
        <NumberField
          label={t("drainSeconds")}
          value={scenario.model.drainSeconds}
          onChange={(v) => set({ model: { ...scenario.model, drainSeconds: v } })}
          min={0}
          max={3600}
          scale="log"
          unit="s"
        />
      </FieldGroup>

      <div className="flex flex-wrap items-center gap-1 pt-2" role="tablist" aria-label={t("functions")}>
        {scenario.functions.map((f, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            aria-selected={i === index}
            onClick={() => setTab(i)}
            className="rounded-md border border-slate-300 px-2.5 py-1 font-mono text-sm aria-selected:border-brand-600 aria-selected:bg-brand-50 aria-selected:text-brand-700 dark:border-slate-700 dark:aria-selected:bg-slate-800 dark:aria-selected:text-brand-100"
          >
            {f.name || "?"}
          </button>
        ))}
        {scenario.functions.length < 5 ? (
          <button
            type="button"
            onClick={() => {
              set({ functions: [...scenario.functions, newFunction(scenario.functions, fn)] });
              setTab(scenario.functions.length);
            }}
            className="px-2 text-sm text-brand-600 underline dark:text-brand-100"
          >
            {t("addFunction")}
          </button>
        ) : null}
        {scenario.functions.length > 1 ? (
          <button
            type="button"
            onClick={() => set({ functions: scenario.functions.filter((_, i) => i !== index) })}
            className="px-2 text-sm text-red-600 underline dark:text-red-400"
          >
            {t("removeFunction", { name: fn.name })}
          </button>
        ) : null}
      </div>
      <FieldPathContext value={`functions[${index}]`}>
        <FunctionEditor
          key={index}
          fn={fn}
          onChange={setFunction}
          concurrencyLimit={account.concurrencyLimit}
          durationSeconds={scenario.durationSeconds}
        />
      </FieldPathContext>
    </div>
  );
}
