"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { type ReminderFormState, saveReminderSettingsAction } from "@/app/actions/save-reminder-settings";
import { buttonClass, inputClass } from "@/components/ui/card";

export interface ReminderFormValues {
  enabled: boolean;
  emailEnabled: boolean;
  pushEnabled: boolean;
  skipWhenNothingDue: boolean;
  reminderTime: string;
  timeZone: string;
  pausedUntil: string;
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="size-4 accent-brand-600" />
      {label}
    </label>
  );
}

/**
 * The reminder settings form. The browser's own time zone is offered when it differs from the stored
 * one (new accounts start on UTC), so students abroad or travelling get reminders at their local time.
 */
export function ReminderForm({ settings }: { settings: ReminderFormValues }) {
  const t = useTranslations("reminders");
  const [state, action, pending] = useActionState<ReminderFormState, FormData>(saveReminderSettingsAction, {
    status: "idle",
  });
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [detected, setDetected] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setDetected(zone);
    // A zone never chosen (the UTC default) is replaced by the browser's at once; saving confirms it.
    if (settings.timeZone === "UTC" && zone) setTimeZone(zone);
  }, [settings.timeZone]);
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []),
    [],
  );

  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label={t("title")}>
      <div className="space-y-3">
        <Checkbox name="enabled" label={t("enabled")} defaultChecked={settings.enabled} />
        <label className="block text-sm">
          {t("time")}
          <input type="time" name="reminderTime" required defaultValue={settings.reminderTime} className={inputClass} />
        </label>
        <label className="block text-sm">
          {t("timeZone")}
          <input
            name="timeZone"
            required
            list="reminder-time-zones"
            value={timeZone}
            onChange={(event) => setTimeZone(event.target.value)}
            className={inputClass}
          />
          <datalist id="reminder-time-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </label>
        {detected && detected !== timeZone && (
          <p className="text-xs text-slate-500">
            {t("detectedZone", { zone: detected })}{" "}
            <button type="button" className="text-brand-600 underline" onClick={() => setTimeZone(detected)}>
              {t("useDetected")}
            </button>
          </p>
        )}
      </div>
      <div className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm">{t("channels")}</legend>
          <Checkbox name="emailEnabled" label={t("email")} defaultChecked={settings.emailEnabled} />
          <Checkbox name="pushEnabled" label={t("push")} defaultChecked={settings.pushEnabled} />
        </fieldset>
        <Checkbox name="skipWhenNothingDue" label={t("skipEmpty")} defaultChecked={settings.skipWhenNothingDue} />
        <label className="block text-sm">
          {t("pausedUntil")}
          <input type="date" name="pausedUntil" defaultValue={settings.pausedUntil} className={inputClass} />
          <span className="text-xs text-slate-500">{t("pausedHint")}</span>
        </label>
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("save")}
        </button>
        <p role="status" className="text-sm" data-testid="reminder-form-status">
          {state.status === "saved" ? t("saved") : state.status === "invalid" ? t("invalid") : null}
        </p>
      </div>
    </form>
  );
}
