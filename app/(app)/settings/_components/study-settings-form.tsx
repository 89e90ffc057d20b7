"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { type ScheduleSettingsFormState, saveScheduleSettingsAction } from "@/app/actions/save-schedule-settings";
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

/** Zone, day start, daily limits and target retention; the server validates and saves all or nothing. */
export function StudySettingsForm({ settings }: { settings: UserScheduleSettings }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState<ScheduleSettingsFormState, FormData>(saveScheduleSettingsAction, {
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

  const field = (name: ScheduleSettingsField) => {
    const invalid = state.errors.includes(name);
    return {
      name,
      id: `study-${name}`,
      "aria-invalid": invalid,
      "aria-describedby": invalid ? `study-${name}-error` : undefined,
      className: `${inputClass} ${invalid ? "border-red-500 dark:border-red-500" : ""}`,
    };
  };
  const error = (name: ScheduleSettingsField) =>
    state.errors.includes(name) ? (
      <span id={`study-${name}-error`} className="mt-1 block text-xs text-red-700 dark:text-red-400">
        {t(errorKey[name])}
      </span>
    ) : null;

  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-label={t("studyTitle")} noValidate>
      <label className="block text-sm" htmlFor="study-timeZone">
        {t("timeZone")}
        <select {...field("timeZone")} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {error("timeZone")}
        {detected && detected !== timeZone && zones.includes(detected) && (
          <span className="mt-1 block text-xs text-slate-500">
            {t("detectedZone", { zone: detected })}{" "}
            <button type="button" className="text-brand-600 underline" onClick={() => setTimeZone(detected)}>
              {t("useDetected")}
            </button>
          </span>
        )}
      </label>
      <label className="block text-sm" htmlFor="study-dayStartHour">
        {t("dayStartHour")}
        <select {...field("dayStartHour")} defaultValue={String(settings.dayStartHour)}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {t("hourOption", { hour: String(hour).padStart(2, "0") })}
            </option>
          ))}
        </select>
        <span className="mt-1 block text-xs text-slate-500">{t("dayStartHint")}</span>
        {error("dayStartHour")}
      </label>
      <label className="block text-sm" htmlFor="study-dailyReviewCap">
        {t("dailyReviewCap")}
        <input
          {...field("dailyReviewCap")}
          type="number"
          min={0}
          max={10000}
          step={1}
          inputMode="numeric"
          defaultValue={settings.dailyReviewCap}
        />
        {error("dailyReviewCap")}
      </label>
      <label className="block text-sm" htmlFor="study-dailyNewLimit">
        {t("dailyNewLimit")}
        <input
          {...field("dailyNewLimit")}
          type="number"
          min={0}
          max={1000}
          step={1}
          inputMode="numeric"
          defaultValue={settings.dailyNewLimit}
        />
        {error("dailyNewLimit")}
      </label>
      <label className="block text-sm" htmlFor="study-targetRetention">
        {t("targetRetention")}
        <input
          {...field("targetRetention")}
          type="number"
          min={0.7}
          max={0.99}
          step={0.01}
          inputMode="decimal"
          defaultValue={settings.targetRetention}
        />
        <span className="mt-1 block text-xs text-slate-500">{t("targetRetentionHint")}</span>
        {error("targetRetention")}
      </label>
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
