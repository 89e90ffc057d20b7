import { getTranslations } from "next-intl/server";
import type { QuestionType } from "@/lib/quiz";

interface Row {
  index: number;
  type: QuestionType;
  correct: boolean;
  answered: boolean;
  flagged: boolean;
  overridden: boolean;
  time: string;
}

/** Every question with its result and the time spent on it. */
export async function QuestionTimes({ rows }: { rows: Row[] }) {
  const t = await getTranslations("quiz");
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="question-times">
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">{t("results.number")}</th>
            <th className="py-1 pr-3 font-medium">{t("results.type")}</th>
            <th className="py-1 pr-3 font-medium">{t("results.result")}</th>
            <th className="py-1 text-right font-medium">{t("results.time")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.index}>
              <td className="py-1.5 pr-3 tabular-nums">
                {row.index + 1}
                {row.flagged && (
                  <span className="ml-1 text-amber-600" title={t("flagged")}>
                    ⚑
                  </span>
                )}
              </td>
              <td className="py-1.5 pr-3">{t(`types.${row.type}`)}</td>
              <td
                className={`py-1.5 pr-3 ${row.correct ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
              >
                {row.correct ? `✓ ${t("correct")}` : row.answered ? `✗ ${t("incorrect")}` : `– ${t("noAnswer")}`}
                {row.overridden && <span className="ml-1 text-xs text-slate-500">({t("overriddenBadge")})</span>}
              </td>
              <td className="py-1.5 text-right tabular-nums">{row.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
