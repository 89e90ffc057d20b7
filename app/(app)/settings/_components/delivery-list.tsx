import { getFormatter, getTranslations } from "next-intl/server";
import type { DeliveryRow } from "@/lib/db/reminders/list-deliveries";

const statusStyle: Record<string, string> = {
  sent: "bg-emerald-100 text-emerald-800",
  pending: "bg-amber-100 text-amber-800",
  failed: "bg-red-100 text-red-800",
  skipped: "bg-slate-100 text-slate-600",
};

const statusKey = {
  sent: "statusSent",
  pending: "statusPending",
  failed: "statusFailed",
  skipped: "statusSkipped",
} as const;

/** The latest reminder deliveries, so a failed send (with its error) is visible to the user. */
export async function DeliveryList({ deliveries }: { deliveries: DeliveryRow[] }) {
  const t = await getTranslations("reminders");
  const format = await getFormatter();
  // A local calendar day, shown in the reader's locale (UTC midnight, read back in UTC: never shifted).
  const day = (localDay: string) =>
    format.dateTime(new Date(`${localDay}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div>
      <h3 className="mb-2 text-sm font-medium">{t("deliveriesTitle")}</h3>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("deliveriesEmpty")}</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="reminder-deliveries">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1 font-normal">{t("day")}</th>
              <th className="py-1 font-normal">{t("channel")}</th>
              <th className="py-1 font-normal">{t("status")}</th>
              <th className="py-1 font-normal">{t("attempts")}</th>
              <th className="py-1 font-normal">{t("error")}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={`${d.localDay}-${d.channel}`} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 tabular-nums">
                  <time dateTime={d.localDay}>{day(d.localDay)}</time>
                </td>
                <td className="py-1">{d.channel === "push" ? t("channelPush") : t("channelEmail")}</td>
                <td className="py-1">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${statusStyle[d.status] ?? ""}`}>
                    {d.status in statusKey ? t(statusKey[d.status as keyof typeof statusKey]) : d.status}
                  </span>
                </td>
                <td className="py-1 tabular-nums">{d.attempts}</td>
                <td className="max-w-64 truncate py-1 text-xs text-red-700" title={d.lastError ?? undefined}>
                  {d.status === "failed" || d.status === "pending" ? d.lastError : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
