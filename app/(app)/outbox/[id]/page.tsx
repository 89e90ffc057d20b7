import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { findOutboxMessage } from "@/lib/db/reminders/outbox";
import { isAppError } from "@/lib/errors";

/**
 * One outbox message: headers, the HTML part as the recipient would see it, and the text part. The
 * HTML is shown in a sandboxed iframe (no scripts, no same-origin access), like a mail client would.
 */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const message = await findOutboxMessage({ userId: user.id, id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, dateTime] = await Promise.all([getTranslations("reminders"), getDateTimeFormatter()]);
  const headers: [string, string][] = [
    [t("outboxTo"), message.to],
    [t("outboxSubject"), message.subject],
    [t("outboxDate"), dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })],
    ...Object.entries(message.headers),
  ];
  return (
    <>
      <Link href="/outbox" className="text-sm text-brand-600 hover:underline">
        ← {t("outboxBack")}
      </Link>
      <PageTitle>{message.subject}</PageTitle>
      <div className="grid gap-4">
        <Card>
          <h2 className="mb-2 text-sm font-medium">{t("outboxHeaders")}</h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-xs" data-testid="outbox-headers">
            {headers.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="text-slate-500">{name}</dt>
                <dd className="min-w-0 break-all font-mono">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <h2 className="mb-2 text-sm font-medium">{t("outboxHtml")}</h2>
          <iframe
            title={t("outboxHtml")}
            sandbox=""
            srcDoc={message.html}
            className="h-[640px] w-full rounded border border-slate-200 bg-white"
            data-testid="outbox-html"
          />
        </Card>
        <Card>
          <h2 className="mb-2 text-sm font-medium">{t("outboxText")}</h2>
          <pre className="whitespace-pre-wrap text-sm [overflow-wrap:anywhere]" data-testid="outbox-text">
            {message.text}
          </pre>
        </Card>
      </div>
    </>
  );
}
