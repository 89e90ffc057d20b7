import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/card";
import type { BeforeExamOffer } from "@/lib/db/exams/before-exam-queue";

/** The "before the exam" queue on the review page: what it can cover today, and the way in or back. */
export async function BeforeExamOfferCard({ offer, active }: { offer: BeforeExamOffer; active: boolean }) {
  const t = await getTranslations("exams.beforeExam");
  const rest = offer.needed - offer.covered;
  return (
    <section
      className="mb-4 rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm dark:border-slate-700 dark:bg-slate-900"
      data-testid="before-exam"
    >
      <h2 className="font-medium">{t("title", { exam: offer.examLabel, days: offer.daysLeft })}</h2>
      {active ? (
        <p className="mt-1">{t("active")}</p>
      ) : (
        <p className="mt-1" data-testid="before-exam-offer">
          {t("offer", { needed: offer.needed, covered: offer.covered })}
        </p>
      )}
      {rest > 0 && <p className="mt-1 text-slate-600 dark:text-slate-300">{t("rest", { count: rest })}</p>}
      <div className="mt-3">
        {active ? (
          <Link href="/review" className="text-brand-700 underline dark:text-brand-100">
            {t("back")}
          </Link>
        ) : (
          offer.covered > 0 && (
            <Link href="/review?queue=before-exam" className={buttonClass} data-testid="before-exam-start">
              {t("start")}
            </Link>
          )
        )}
      </div>
    </section>
  );
}
