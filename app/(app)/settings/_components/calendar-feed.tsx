import { getTranslations } from "next-intl/server";
import { regenerateCalendarFeed, revokeCalendarFeed } from "@/app/actions/calendar-feed";
import { buttonClass, inputClass } from "@/components/ui/card";

const secondaryButton =
  "rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";

/** The private calendar URL with regenerate and revoke buttons (plain forms: work without JavaScript). */
export async function CalendarFeed({ token, appUrl }: { token: string | null; appUrl: string }) {
  const t = await getTranslations("reminders");
  const url = token ? `${appUrl}/api/calendar/${token}.ics` : null;
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium">{t("calendarTitle")}</h3>
      <p className="mb-2 text-sm text-slate-500">{t("calendarIntro")}</p>
      {url ? (
        <>
          <label className="block text-sm">
            {t("calendarUrl")}
            <input readOnly value={url} className={`${inputClass} font-mono text-xs`} data-testid="calendar-url" />
          </label>
          <p className="mt-1 text-xs text-slate-500">{t("calendarWarning")}</p>
          <div className="mt-2 flex gap-2">
            <form action={regenerateCalendarFeed}>
              <button type="submit" className={secondaryButton}>
                {t("calendarRegenerate")}
              </button>
            </form>
            <form action={revokeCalendarFeed}>
              <button type="submit" className={secondaryButton}>
                {t("calendarRevoke")}
              </button>
            </form>
          </div>
        </>
      ) : (
        <form action={regenerateCalendarFeed}>
          <p className="mb-2 text-sm">{t("calendarOff")}</p>
          <button type="submit" className={buttonClass}>
            {t("calendarEnable")}
          </button>
        </form>
      )}
    </div>
  );
}
