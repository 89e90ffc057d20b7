import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { listOutboxMessages } from "@/lib/db/reminders/outbox";

/** Mail Recall would have sent (no SMTP_URL configured): the signed-in user's own messages only. */
export default async function OutboxPage() {
  const user = await requireUser();
  const [t, dateTime, messages] = await Promise.all([
    getTranslations("reminders"),
    getDateTimeFormatter(),
    listOutboxMessages({ userId: user.id }),
  ]);
  return (
    <>
      <PageTitle>{t("outboxTitle")}</PageTitle>
      <p className="mb-4 text-sm text-slate-500">{t("outboxIntro")}</p>
      <Card>
        {messages.length === 0 ? (
          <p className="text-sm text-slate-500">{t("outboxEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="outbox-list">
            {messages.map((message) => (
              <li key={message.id} className="py-2">
                <Link href={`/outbox/${message.id}`} className="font-medium text-brand-600 hover:underline">
                  {message.subject}
                </Link>
                <p className="text-xs text-slate-500">
                  {message.to} · {dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
