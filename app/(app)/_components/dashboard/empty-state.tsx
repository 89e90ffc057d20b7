import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass, Card } from "@/components/ui/card";

/** A new account's dashboard: one clear next step, importing notes. */
export async function EmptyState() {
  const t = await getTranslations("dashboard");
  return (
    <div data-testid="dashboard-empty">
      <Card className="mx-auto max-w-xl py-10 text-center">
        <p className="text-5xl" aria-hidden="true">
          📚
        </p>
        <h2 className="mt-3 text-xl font-semibold">{t("emptyTitle")}</h2>
        <p className="mt-2 text-slate-600 dark:text-slate-300">{t("emptyBody")}</p>
        <p className="mt-2 text-sm text-slate-500">{t("emptySteps")}</p>
        <Link href="/notes" className={`${buttonClass} mt-6`} data-testid="import-notes-link">
          {t("importCta")}
        </Link>
      </Card>
    </div>
  );
}
