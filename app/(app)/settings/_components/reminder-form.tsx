"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveReminderSettingsAction } from "@/app/actions/save-reminder-settings";
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
 * The reminder settings form. Reminder times are in the user's one time zone, which is edited with the
 * study settings (it also decides when a study day starts), so the page never shows two zone fields.
 */
export function ReminderForm({ settings }: { settings: ReminderFormValues }) {
  const t = useTranslations("reminders");
  const [state, action, pending] = useActionState(saveReminderSettingsAction, null);

  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" aria-label={t("title")}>
      <div className="space-y-3">
        <Checkbox name="enabled" label={t("enabled")} defaultChecked={settings.enabled} />
        <label className="block text-sm">
          {t("time")}
          <input type="time" name="reminderTime" required defaultValue={settings.reminderTime} className={inputClass} />
        </label>
        <p className="text-xs text-slate-500" data-testid="reminder-zone">
          {t.rich("zoneNote", {
            zone: settings.timeZone.replaceAll("_", " "),
            link: (chunks) => (
              <a href="#study-settings" className="text-brand-600 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
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
          {state === null ? null : state.ok ? t("saved") : t("invalid")}
        </p>
      </div>
    </form>
  );
}
