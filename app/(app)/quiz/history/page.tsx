import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { listQuizHistory } from "@/lib/db/quiz/list-quiz-history";
import { TrendChart } from "../_components/trend-chart";

export const dynamic = "force-dynamic";

/** Past quizzes with their scores, newest first, and the score trend over time. */
export default async function QuizHistoryPage() {
  const user = await requireUser();
  const [t, format, dateTime, history] = await Promise.all([
    getTranslations("quiz"),
    getFormatter(),
    getDateTimeFormatter(),
    listQuizHistory({ userId: user.id, limit: 200 }),
  ]);
  const finished = history.filter((q) => q.status === "finished" && q.percent !== null).reverse();
  const points = finished.map((q) => ({
    label: format.dateTime(q.finishedAt ?? q.startedAt, { month: "short", day: "numeric" }),
    when: dateTime(q.finishedAt ?? q.startedAt, { dateStyle: "medium", timeStyle: "short" }),
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
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="quiz-history">
            {history.map((q) => (
              <li key={q.id} className="flex items-center gap-3 py-2.5">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">
                    {dateTime(q.startedAt, {
                      month: "short",
                      day: "numeric",
                      hour: "numeric",
                      minute: "2-digit",
                    })}
                  </p>
                  <p className="text-xs text-slate-500">
                    {t("modeName", { mode: q.mode })} · {t("history.questionCount", { count: q.questionCount })}
                  </p>
                </div>
                <p className="shrink-0 text-right tabular-nums">
                  {q.status === "in-progress" ? (
                    <span className="text-slate-500">{t("history.inProgress")}</span>
                  ) : (
                    <>
                      <span className="font-semibold">
                        {format.number((q.percent ?? 0) / 100, { style: "percent", maximumFractionDigits: 1 })}
                      </span>{" "}
                      <span
                        className={
                          q.passed ? "text-emerald-600 dark:text-emerald-400" : "text-red-600 dark:text-red-400"
                        }
                      >
                        {q.passed ? t("results.passed") : t("results.failed")}
                      </span>
                    </>
                  )}
                </p>
                <Link
                  href={q.status === "in-progress" ? `/quiz/${q.id}` : `/quiz/${q.id}/results`}
                  className="shrink-0 rounded-lg px-2 py-1 text-brand-600 hover:bg-slate-100 dark:text-brand-100 dark:hover:bg-slate-800"
                >
                  {q.status === "in-progress" ? t("resume") : t("history.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
