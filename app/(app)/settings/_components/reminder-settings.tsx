import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { listRecentDeliveries } from "@/lib/db/reminders/list-deliveries";
import { findReminderSettings } from "@/lib/db/reminders/reminder-settings";
import { isPausedOn, localDayOf, nextSendTime } from "@/lib/reminders";
import { reminderConfig } from "@/lib/server/reminders/config";
import { CalendarFeed } from "./calendar-feed";
import { DeliveryList } from "./delivery-list";
import { PushToggle } from "./push-toggle";
import { ReminderForm } from "./reminder-form";
import { TestDigestButton } from "./test-digest-button";

/** The reminders section of the settings page: form, status line, calendar, push, recent deliveries. */
export async function ReminderSettings() {
  const user = await requireUser();
  const [t, format, dateTime, settings, deliveries] = await Promise.all([
    getTranslations("reminders"),
    getFormatter(),
    getDateTimeFormatter(),
    findReminderSettings({ userId: user.id }),
    listRecentDeliveries({ userId: user.id, limit: 10 }),
  ]);
  const now = new Date();
  const paused = isPausedOn(settings.pausedUntil, localDayOf(now, settings.timeZone));
  const next = nextSendTime({
    timeZone: settings.timeZone,
    reminderTime: settings.reminderTime,
    lastSentLocalDay: deliveries[0]?.localDay ?? null,
    paused,
    now,
  });
  const status = !settings.enabled
    ? t("off")
    : paused && settings.pausedUntil
      ? t("paused", { date: settings.pausedUntil })
      : next
        ? t("nextSend", {
            time: dateTime(next, { dateStyle: "medium", timeStyle: "short", timeZone: settings.timeZone }),
          })
        : t("off");
  return (
    <Card className="md:col-span-2">
      <section aria-labelledby="reminders-title" data-testid="reminder-settings" className="space-y-6">
        <div>
          <h2 id="reminders-title" className="font-medium">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-500">{t("intro")}</p>
          <p className="mt-2 text-sm font-medium" data-testid="reminder-status">
            {status}
          </p>
          {settings.unsubscribedAt && (
            <p className="mt-1 text-sm text-amber-700">
              {t("unsubscribed", { date: format.dateTime(settings.unsubscribedAt, { dateStyle: "medium" }) })}
            </p>
          )}
        </div>
        <ReminderForm
          settings={{
            enabled: settings.enabled,
            emailEnabled: settings.emailEnabled,
            pushEnabled: settings.pushEnabled,
            skipWhenNothingDue: settings.skipWhenNothingDue,
            reminderTime: settings.reminderTime,
            timeZone: settings.timeZone,
            pausedUntil: settings.pausedUntil ?? "",
          }}
        />
        <div className="flex flex-wrap items-center gap-3">
          <TestDigestButton />
          <Link href="/outbox" className="text-sm text-brand-600 underline">
            {t("outboxLink")}
          </Link>
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <CalendarFeed
            token={settings.calendarEnabled ? settings.calendarToken : null}
            appUrl={reminderConfig().appUrl}
          />
          <div>
            <h3 className="mb-1 text-sm font-medium">{t("pushTitle")}</h3>
            <PushToggle publicKey={reminderConfig().vapid.publicKey} />
          </div>
        </div>
        <DeliveryList deliveries={deliveries} />
      </section>
    </Card>
  );
}
