import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listQuizHistory } from "@/lib/db/quiz/list-quiz-history";
import { TrendChart } from "../_components/trend-chart";

export const dynamic = "force-dynamic";

/** Past quizzes with their scores, newest first, and the score trend over time. */
export default async function QuizHistoryPage() {
  const user = await requireUser();
  const [t, format, history] = await Promise.all([
    getTranslations("quiz"),
    getFormatter(),
    listQuizHistory({ userId: user.id, limit: 200 }),
  ]);
  const finished = history.filter((q) => q.status === "finished" && q.percent !== null).reverse();
  const points = finished.map((q) => ({
    label: format.dateTime(q.finishedAt ?? q.startedAt, { month: "short", day: "numeric" }),
    when: format.dateTime(q.finishedAt ?? q.startedAt, { dateStyle: "medium", timeStyle: "short" }),
    percent: q.percent as number,
    mode: q.mode,
  }));
  const passPercent = finished.at(-1)?.passPercent ?? 72;
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageTitle>{t("history.title")}</PageTitle>
      <Card>
        <h2 className="mb-2 font-medium">{t("history.trend")}</h2>
        {points.length === 0 ? (
          <p className="text-sm text-slate-500">{t("history.trendEmpty")}</p>
        ) : (
          <TrendChart
            points={points}
            passPercent={passPercent}
            labels={{ score: t("history.score"), pass: t("history.passLine") }}
          />
        )}
      </Card>
      <Card>
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">
            {t("history.empty")}{" "}
            <Link href="/quiz" className="text-brand-600 hover:underline">
              {t("results.newQuiz")}
            </Link>
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="quiz-history">
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t("history.date")}</th>
                  <th className="py-1 pr-3 font-medium">{t("history.mode")}</th>
                  <th className="py-1 pr-3 text-right font-medium">{t("history.questions")}</th>
                  <th className="py-1 pr-3 text-right font-medium">{t("history.score")}</th>
                  <th className="py-1 font-medium">
                    <span className="sr-only">{t("history.open")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {history.map((q) => (
                  <tr key={q.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {format.dateTime(q.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className="py-2 pr-3">{t("modeName", { mode: q.mode })}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{format.number(q.questionCount)}</td>
                    <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">
                      {q.status === "in-progress" ? (
                        <span className="text-slate-500">{t("history.inProgress")}</span>
                      ) : (
                        <>
                          {format.number((q.percent ?? 0) / 100, { style: "percent", maximumFractionDigits: 1 })}{" "}
                          <span
                            className={
                              q.passed ? "text-emerald-600 dark:text-emerald-400" : "text-red-600 dark:text-red-400"
                            }
                          >
                            {q.passed ? "✓" : "✗"}
                          </span>
                        </>
                      )}
                    </td>
                    <td className="py-2 text-right">
                      <Link
                        href={q.status === "in-progress" ? `/quiz/${q.id}` : `/quiz/${q.id}/results`}
                        className="text-brand-600 hover:underline dark:text-brand-100"
                      >
                        {q.status === "in-progress" ? t("resume") : t("history.open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
