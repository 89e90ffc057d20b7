"use client";

import { useContext, useEffect, useId, useState } from "react";
import { FieldIssue, ScenarioIssuesContext, useFieldPath } from "./scenario-issues-view";

const SLIDER_STEPS = 1000;

/** Slider position ↔ value; "log" spreads wide ranges (1–10,000 requests/s) so small values stay reachable. */
function toPosition(value: number, min: number, max: number, scale: "linear" | "log"): number {
  const clamped = Math.min(max, Math.max(min, value));
  if (scale === "linear") return ((clamped - min) / (max - min || 1)) * SLIDER_STEPS;
  const offset = min <= 0 ? 1 - min : 0;
  return (Math.log((clamped + offset) / (min + offset)) / Math.log((max + offset) / (min + offset))) * SLIDER_STEPS;
}

function fromPosition(position: number, min: number, max: number, scale: "linear" | "log", step: number): number {
  const fraction = position / SLIDER_STEPS;
  let value: number;
  if (scale === "linear") value = min + fraction * (max - min);
  else {
    const offset = min <= 0 ? 1 - min : 0;
    value = (min + offset) * ((max + offset) / (min + offset)) ** fraction - offset;
  }
  const rounded = Math.round(value / step) * step;
  return Math.min(max, Math.max(min, Number(rounded.toFixed(6))));
}

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  step?: number;
  scale?: "linear" | "log";
  unit?: string;
  hint?: string;
  /** Hide the slider (numbers that are codes or seeds rather than quantities). */
  noSlider?: boolean;
  /** The scenario field (relative to the enclosing FieldPathContext), so its validation message shows here. */
  path?: string;
}

/** A labelled slider with an exact number box beside it; out-of-range typing is left to scenario validation. */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
  scale = "linear",
  unit,
  hint,
  noSlider,
  path,
}: NumberFieldProps) {
  const id = useId();
  const fullPath = useFieldPath(path);
  const issues = useContext(ScenarioIssuesContext);
  const invalid = fullPath !== undefined && issues.has(fullPath);
  const [text, setText] = useState(String(value));
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(String(value));
  }, [value, editing]);
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm text-slate-700 dark:text-slate-300">
          {label}
        </label>
        <span className="flex items-center gap-1">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-issue` : undefined}
            value={text}
            step="any"
            onFocus={() => setEditing(true)}
            onBlur={() => setEditing(false)}
            onChange={(event) => {
              setText(event.target.value);
              const parsed = Number(event.target.value);
              if (event.target.value.trim() !== "" && Number.isFinite(parsed)) onChange(parsed);
            }}
            className="w-24 rounded-md border border-slate-300 bg-white px-2 py-1 text-right text-sm tabular-nums aria-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-950"
          />
          {unit ? <span className="w-10 text-xs text-slate-500">{unit}</span> : null}
        </span>
      </div>
      {noSlider ? null : (
        <input
          type="range"
          aria-label={label}
          min={0}
          max={SLIDER_STEPS}
          value={toPosition(value, min, max, scale)}
          onChange={(event) => onChange(fromPosition(Number(event.target.value), min, max, scale, step))}
          className="block h-6 w-full cursor-pointer accent-brand-600"
        />
      )}
      <FieldIssue path={path} id={`${id}-issue`} />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

/** A number that may be absent (reserved concurrency, SQS maximum concurrency): a checkbox turns it on. */
export function OptionalNumberField({
  value,
  onChange,
  enableLabel,
  defaultValue,
  ...rest
}: Omit<NumberFieldProps, "value" | "onChange"> & {
  value: number | null | undefined;
  onChange: (value: number | undefined) => void;
  enableLabel: string;
  defaultValue: number;
}) {
  const on = value !== undefined && value !== null;
  return (
    <div className="space-y-1">
      <CheckboxField
        label={enableLabel}
        checked={on}
        onChange={(checked) => onChange(checked ? defaultValue : undefined)}
      />
      {on ? <NumberField {...rest} value={value} onChange={onChange} /> : null}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-brand-600"
      />
      {label}
    </label>
  );
}

/** Buttons for a small set of choices (invocation type, architecture, distribution). */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm text-slate-700 dark:text-slate-300">{label}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white dark:border-slate-700"
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** A collapsible group of fields (keeps the editor short on a phone). */
export function FieldGroup({ title, children, open }: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details open={open} className="group rounded-lg border border-slate-200 dark:border-slate-800">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium">{title}</summary>
      <div className="space-y-3 px-3 pb-3">{children}</div>
    </details>
  );
}
