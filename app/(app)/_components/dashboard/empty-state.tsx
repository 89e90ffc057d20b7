import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass, Card } from "@/components/ui/card";

/** A new account's dashboard: one clear next step, importing notes. */
export async function EmptyState() {
  const t = await getTranslations("dashboard");
  return (
    <div data-testid="dashboard-empty">
      <Card className="mx-auto max-w-xl py-10 text-center">
        {/* Drawn, not an emoji: the icon must not depend on the system's emoji font. */}
        <svg viewBox="0 0 48 48" className="mx-auto size-14 text-brand-600" aria-hidden="true">
          <rect x="10" y="6" width="28" height="36" rx="4" fill="currentColor" fillOpacity="0.15" />
          <rect x="6" y="10" width="28" height="34" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M12 20h16M12 27h16M12 34h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
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
