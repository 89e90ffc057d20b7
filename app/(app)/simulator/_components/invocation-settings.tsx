"use client";

import { useTranslations } from "next-intl";
import type { FunctionConfig } from "@/lib/simulator";
import { CheckboxField, ChoiceField, FieldGroup, NumberField, OptionalNumberField } from "./fields";

/** The settings of the function's invocation type: client retries (sync), retries and DLQ (async), or the SQS mapping. */
export function InvocationSettings({
  fn,
  onChange,
}: {
  fn: FunctionConfig;
  onChange: (patch: Partial<FunctionConfig>) => void;
}) {
  const t = useTranslations("simulator.params");
  if (fn.invocation === "sync") {
    const retry = fn.clientRetry;
    const set = (patch: Partial<typeof retry>) => onChange({ clientRetry: { ...retry, ...patch } });
    return (
      <FieldGroup title={t("groupSync")}>
        <NumberField
          label={t("clientRetries")}
          value={retry.maxRetries}
          onChange={(maxRetries) => set({ maxRetries })}
          min={0}
          max={10}
        />
        <NumberField
          label={t("baseDelayMs")}
          value={retry.baseDelayMs}
          onChange={(baseDelayMs) => set({ baseDelayMs })}
          min={1}
          max={60_000}
          scale="log"
          unit="ms"
        />
        <NumberField
          label={t("maxDelayMs")}
          value={retry.maxDelayMs}
          onChange={(maxDelayMs) => set({ maxDelayMs })}
          min={1}
          max={300_000}
          scale="log"
          unit="ms"
        />
        <ChoiceField
          label={t("jitter")}
          value={retry.jitter}
          options={[
            { value: "full", label: t("jitterFull") },
            { value: "none", label: t("jitterNone") },
          ]}
          onChange={(jitter) => set({ jitter })}
        />
      </FieldGroup>
    );
  }
  if (fn.invocation === "async") {
    const a = fn.async;
    const set = (patch: Partial<typeof a>) => onChange({ async: { ...a, ...patch } });
    return (
      <FieldGroup title={t("groupAsync")} open>
        <NumberField
          label={t("maximumRetryAttempts")}
          value={a.maximumRetryAttempts}
          onChange={(v) => set({ maximumRetryAttempts: v })}
          min={0}
          max={2}
        />
        <NumberField
          label={t("maximumEventAgeSeconds")}
          value={a.maximumEventAgeSeconds}
          onChange={(v) => set({ maximumEventAgeSeconds: v })}
          min={60}
          max={21_600}
          scale="log"
          unit="s"
        />
        <CheckboxField
          label={t("deadLetterQueue")}
          checked={a.deadLetterQueue}
          onChange={(deadLetterQueue) => set({ deadLetterQueue })}
        />
      </FieldGroup>
    );
  }
  const q = fn.sqs;
  const set = (patch: Partial<typeof q>) => onChange({ sqs: { ...q, ...patch } });
  return (
    <FieldGroup title={t("groupSqs")} open>
      <NumberField
        label={t("batchSize")}
        value={q.batchSize}
        onChange={(batchSize) => set({ batchSize })}
        min={1}
        max={10_000}
        scale="log"
      />
      <NumberField
        label={t("batchingWindow")}
        value={q.maximumBatchingWindowSeconds}
        onChange={(v) => set({ maximumBatchingWindowSeconds: v })}
        min={0}
        max={300}
        scale="log"
        unit="s"
      />
      <OptionalNumberField
        enableLabel={t("maxConcurrencyOn")}
        label={t("maximumConcurrency")}
        value={q.maximumConcurrency}
        defaultValue={10}
        onChange={(maximumConcurrency) => set({ maximumConcurrency })}
        min={2}
        max={1000}
        scale="log"
      />
      <NumberField
        label={t("visibilityTimeout")}
        value={q.visibilityTimeoutSeconds}
        onChange={(v) => set({ visibilityTimeoutSeconds: v })}
        min={0}
        max={43_200}
        scale="log"
        unit="s"
        hint={t("visibilityHint")}
      />
      <OptionalNumberField
        enableLabel={t("redriveOn")}
        label={t("maxReceiveCount")}
        value={q.maxReceiveCount}
        defaultValue={5}
        onChange={(maxReceiveCount) => set({ maxReceiveCount })}
        min={1}
        max={1000}
        scale="log"
      />
      <NumberField
        label={t("retention")}
        value={q.messageRetentionSeconds}
        onChange={(v) => set({ messageRetentionSeconds: v })}
        min={60}
        max={1_209_600}
        scale="log"
        unit="s"
      />
      <NumberField
        label={t("initialBacklog")}
        value={q.initialBacklog}
        onChange={(initialBacklog) => set({ initialBacklog })}
        min={0}
        max={1_000_000}
        scale="log"
      />
    </FieldGroup>
  );
}
