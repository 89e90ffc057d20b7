"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { saveScheduleSettings } from "@/app/actions/save-schedule-settings";
import { buttonClass, inputClass } from "@/components/ui/card";
import type { UserScheduleSettings } from "@/lib/schedule";
import type { ScheduleSettingsField } from "@/lib/validations/settings";

const errorKey = {
  timeZone: "errorTimeZone",
  dayStartHour: "errorDayStartHour",
  dailyReviewCap: "errorDailyReviewCap",
  dailyNewLimit: "errorDailyNewLimit",
  targetRetention: "errorTargetRetention",
} as const;

const FIELDS = Object.keys(errorKey) as ScheduleSettingsField[];

interface StudyFormState {
  status: "idle" | "saved" | "invalid";
  /** The fields that were rejected; nothing is saved when there is any. */
  errors: ScheduleSettingsField[];
  /** What was submitted, so the form shows the student's own entries again (React resets forms after actions). */
  values?: Partial<Record<ScheduleSettingsField, string>>;
}

async function submit(_previous: StudyFormState, form: FormData): Promise<StudyFormState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? "")]));
  const result = await saveScheduleSettings(form);
  if (result.ok) return { status: "saved", errors: [], values };
  const errors = FIELDS.filter((field) => result.fields?.includes(field));
  return { status: "invalid", errors, values };
}

/** Zone, day start, daily limits and target retention; the server validates and saves all or nothing. */
export function StudySettingsForm({ settings }: { settings: UserScheduleSettings }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(submit, {
    status: "idle",
    errors: [],
  });
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [detected, setDetected] = useState<string | null>(null);
  useEffect(() => setDetected(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    // The stored zone stays selectable even if this browser's list lacks it (e.g. "UTC" in some engines).
    return all.includes(settings.timeZone) ? all : [settings.timeZone, ...all];
  }, [settings.timeZone]);

  /** Props of one control: the submitted value after an action (else the stored one), error wiring. */
  const control = (name: ScheduleSettingsField, hint = false) => {
    const invalid = state.errors.includes(name);
    const described = [hint ? `study-${name}-hint` : "", invalid ? `study-${name}-error` : ""].join(" ").trim();
    return {
      name,
      id: `study-${name}`,
      defaultValue: state.values?.[name] ?? String(settings[name]),
      "aria-invalid": invalid,
      "aria-describedby": described || undefined,
      className: `${inputClass} ${invalid ? "border-red-500 dark:border-red-500" : ""}`,
    };
  };
  const label = (name: ScheduleSettingsField, text: string) => (
    <label htmlFor={`study-${name}`} className="block text-sm">
      {text}
    </label>
  );
  const notes = (name: ScheduleSettingsField, hint?: string) => (
    <>
      {hint && (
        <p id={`study-${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {state.errors.includes(name) && (
        <p id={`study-${name}-error`} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {t(errorKey[name])}
        </p>
      )}
    </>
  );
  const { defaultValue: _zone, ...zoneProps } = control("timeZone", true);

  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-label={t("studyTitle")} noValidate>
      <div>
        {label("timeZone", t("timeZone"))}
        <select {...zoneProps} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {notes("timeZone", t("timeZoneHint"))}
        {detected && detected !== timeZone && zones.includes(detected) && (
          <p className="mt-1 text-xs text-slate-500">
            {t("detectedZone", { zone: detected })}{" "}
            <button type="button" className="text-brand-600 underline" onClick={() => setTimeZone(detected)}>
              {t("useDetected")}
            </button>
          </p>
        )}
      </div>
      <div>
        {label("dayStartHour", t("dayStartHour"))}
        <select {...control("dayStartHour", true)}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {t("hourOption", { hour: String(hour).padStart(2, "0") })}
            </option>
          ))}
        </select>
        {notes("dayStartHour", t("dayStartHint"))}
      </div>
      <div>
        {label("dailyReviewCap", t("dailyReviewCap"))}
        <input {...control("dailyReviewCap")} type="number" min={0} max={10000} step={1} inputMode="numeric" />
        {notes("dailyReviewCap")}
      </div>
      <div>
        {label("dailyNewLimit", t("dailyNewLimit"))}
        <input {...control("dailyNewLimit")} type="number" min={0} max={1000} step={1} inputMode="numeric" />
        {notes("dailyNewLimit")}
      </div>
      <div>
        {label("targetRetention", t("targetRetention"))}
        <input
          {...control("targetRetention", true)}
          type="number"
          min={0.7}
          max={0.99}
          step={0.01}
          inputMode="decimal"
        />
        {notes("targetRetention", t("targetRetentionHint"))}
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending} data-testid="study-settings-save">
          {t("save")}
        </button>
        <p role="status" className="text-sm" data-testid="study-settings-status">
          {state.status === "saved" ? (
            t("studySaved")
          ) : state.status === "invalid" ? (
            <span className="text-red-700 dark:text-red-400">{t("studyInvalid")}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
