import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RecallRate } from "@/lib/stats";

/** Recall per subject, lowest first, each subject linking to a review of just that subject. */
export async function SubjectTable({ subjects }: { subjects: RecallRate<string | null>[] }) {
  const [t, format] = await Promise.all([getTranslations("stats"), getFormatter()]);
  if (subjects.length === 0) return <p className="text-sm text-slate-500">{t("noData")}</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="subject-recall">
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="py-1 font-medium">
            {t("subject")}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t("answers")}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t("rate")}
          </th>
          <th scope="col" className="py-1">
            <span className="sr-only">{t("review")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {subjects.map((s) => (
          <tr key={s.key ?? ""} className="border-t border-slate-100 dark:border-slate-800">
            <td className="py-1.5">{s.key ?? t("noSubject")}</td>
            <td className="py-1.5 text-right tabular-nums">{format.number(s.reviews)}</td>
            <td className="py-1.5 text-right tabular-nums">
              {format.number(s.rate ?? 0, { style: "percent", maximumFractionDigits: 0 })}
            </td>
            <td className="py-1.5 text-right">
              {s.key !== null && (
                <Link href={`/review?subject=${encodeURIComponent(s.key)}`} className="text-brand-600 hover:underline">
                  {t("review")}
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
