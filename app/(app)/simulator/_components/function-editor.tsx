"use client";

import { useTranslations } from "next-intl";
import type { FunctionConfig } from "@/lib/simulator";
import { ArrivalsEditor } from "./arrivals-editor";
import { DistField } from "./dist-field";
import { CheckboxField, ChoiceField, FieldGroup, NumberField, OptionalNumberField } from "./fields";
import { InvocationSettings } from "./invocation-settings";
import { FieldIssue } from "./scenario-issues-view";

export interface FunctionEditorProps {
  fn: FunctionConfig;
  onChange: (patch: Partial<FunctionConfig>) => void;
  /** Account limit: the reserved-concurrency slider stops where fewer than 100 would stay unreserved. */
  concurrencyLimit: number;
  durationSeconds: number;
}

/** Every setting of one Lambda function, grouped as in the Lambda console. */
export function FunctionEditor({ fn, onChange, concurrencyLimit, durationSeconds }: FunctionEditorProps) {
  const t = useTranslations("simulator.params");
  const maxReserved = Math.max(0, concurrencyLimit - 100);
  return (
    <div className="space-y-2">
      <FieldGroup title={t("groupFunction")} open>
        <label className="block text-sm text-slate-700 dark:text-slate-300">
          {t("functionName")}
          <input
            value={fn.name}
            onChange={(event) => onChange({ name: event.target.value })}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <ChoiceField
          label={t("invocation")}
          value={fn.invocation}
          options={[
            { value: "sync", label: t("invocationSync") },
            { value: "async", label: t("invocationAsync") },
            { value: "sqs", label: t("invocationSqs") },
          ]}
          onChange={(invocation) => onChange({ invocation })}
        />
        <NumberField
          label={t("memoryMb")}
          path="memoryMb"
          value={fn.memoryMb}
          onChange={(memoryMb) => onChange({ memoryMb })}
          min={128}
          max={10_240}
          scale="log"
          unit="MB"
        />
        <NumberField
          label={t("timeoutSeconds")}
          path="timeoutSeconds"
          value={fn.timeoutSeconds}
          onChange={(timeoutSeconds) => onChange({ timeoutSeconds })}
          min={1}
          max={900}
          scale="log"
          unit="s"
        />
        <NumberField
          label={t("errorRate")}
          path="errorRate"
          value={fn.errorRate}
          onChange={(errorRate) => onChange({ errorRate })}
          min={0}
          max={1}
          step={0.01}
          hint={t("errorRateHint")}
        />
        <NumberField
          label={t("ephemeralStorageMb")}
          path="ephemeralStorageMb"
          value={fn.ephemeralStorageMb}
          onChange={(ephemeralStorageMb) => onChange({ ephemeralStorageMb })}
          min={512}
          max={10_240}
          scale="log"
          unit="MB"
        />
      </FieldGroup>

      <FieldGroup title={t("groupConcurrency")} open>
        <OptionalNumberField
          enableLabel={t("reservedOn")}
          label={t("reservedConcurrency")}
          path="reservedConcurrency"
          value={fn.reservedConcurrency}
          defaultValue={Math.min(50, maxReserved)}
          onChange={(reservedConcurrency) =>
            onChange({
              reservedConcurrency,
              // Provisioned may not exceed reserved; keep the pair valid while the slider moves.
              provisionedConcurrency:
                reservedConcurrency === undefined
                  ? fn.provisionedConcurrency
                  : Math.min(fn.provisionedConcurrency, reservedConcurrency),
            })
          }
          min={0}
          max={Math.max(1, maxReserved)}
          scale="log"
          hint={t("reservedHint")}
        />
        <NumberField
          label={t("provisionedConcurrency")}
          path="provisionedConcurrency"
          value={fn.provisionedConcurrency}
          onChange={(provisionedConcurrency) => onChange({ provisionedConcurrency })}
          min={0}
          max={Math.max(1, fn.reservedConcurrency ?? maxReserved)}
          scale="log"
          hint={t("provisionedHint")}
        />
      </FieldGroup>

      <FieldGroup title={t("groupDuration")}>
        <DistField
          label={t("durationMs")}
          value={fn.durationMs}
          onChange={(durationMs) => onChange({ durationMs })}
          max={900_000}
        />
        <CheckboxField
          label={t("scaleWithMemory")}
          checked={fn.durationMeasuredAtMemoryMb !== undefined}
          onChange={(on) => onChange({ durationMeasuredAtMemoryMb: on ? fn.memoryMb : undefined })}
        />
        {fn.durationMeasuredAtMemoryMb !== undefined ? (
          <>
            <NumberField
              label={t("durationMeasuredAtMemoryMb")}
              value={fn.durationMeasuredAtMemoryMb}
              onChange={(durationMeasuredAtMemoryMb) => onChange({ durationMeasuredAtMemoryMb })}
              min={128}
              max={10_240}
              scale="log"
              unit="MB"
            />
            <NumberField
              label={t("cpuBoundFraction")}
              value={fn.cpuBoundFraction}
              onChange={(cpuBoundFraction) => onChange({ cpuBoundFraction })}
              min={0}
              max={1}
              step={0.05}
            />
          </>
        ) : null}
      </FieldGroup>

      <FieldGroup title={t("groupColdStart")}>
        <DistField
          label={t("coldStartMs")}
          value={fn.coldStartMs}
          onChange={(coldStartMs) => onChange({ coldStartMs })}
          max={10_000}
        />
        <NumberField
          label={t("idleLifetimeSeconds")}
          path="idleLifetimeSeconds"
          value={fn.idleLifetimeSeconds}
          onChange={(idleLifetimeSeconds) => onChange({ idleLifetimeSeconds })}
          min={0}
          max={7200}
          scale="log"
          unit="s"
          hint={t("idleHint")}
        />
      </FieldGroup>

      <FieldGroup title={t("groupArrivals")} open>
        <ArrivalsEditor
          value={fn.arrivals}
          onChange={(arrivals) => onChange({ arrivals })}
          duration={durationSeconds}
        />
        <FieldIssue path="arrivals" />
      </FieldGroup>

      <InvocationSettings fn={fn} onChange={onChange} />
    </div>
  );
}
