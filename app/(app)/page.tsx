import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass, Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { countStudyData } from "@/lib/db/notes/count-study-data";

export default async function DashboardPage() {
  const user = await requireUser();
  const [t, totals] = await Promise.all([getTranslations("dashboard"), countStudyData({ userId: user.id })]);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="mb-4 text-slate-500">{t("welcome", { name: user.name ?? user.email })}</p>
      {totals.notes === 0 ? (
        <Card>
          <h2 className="text-lg font-medium">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
          <Link href="/notes" className={`${buttonClass} mt-4`}>
            {t("importCta")}
          </Link>
        </Card>
      ) : (
        <Card>
          <p data-testid="study-totals" className="text-lg">
            {t("notes", { count: totals.notes })} · {t("cards", { count: totals.cards })}
          </p>
        </Card>
      )}
    </>
  );
}
