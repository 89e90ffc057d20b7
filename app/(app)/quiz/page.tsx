import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { listQuizHistory } from "@/lib/db/quiz/list-quiz-history";
import { quizSelectionOptions } from "@/lib/db/quiz/quiz-selection-options";
import { QuizBuilder } from "./_components/quiz-builder";

export const dynamic = "force-dynamic";

export default async function QuizPage({ searchParams }: { searchParams: Promise<{ weak?: string }> }) {
  const user = await requireUser();
  const now = new Date();
  const [t, dateTime, options, running, params] = await Promise.all([
    getTranslations("quiz"),
    getDateTimeFormatter(),
    quizSelectionOptions({ userId: user.id, now }),
    listQuizHistory({ userId: user.id, status: "in-progress", limit: 5 }),
    searchParams,
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <PageTitle>{t("title")}</PageTitle>
        <Link href="/quiz/history" className="text-sm text-brand-600 hover:underline dark:text-brand-100">
          {t("historyLink")}
        </Link>
      </div>
      {running.length > 0 && (
        <Card className="mb-4">
          <h2 className="mb-2 font-medium">{t("running")}</h2>
          <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {running.map((quiz) => (
              <li key={quiz.id} className="flex items-center justify-between gap-2 py-2">
                <span>
                  {t("modeName", { mode: quiz.mode })} · {t("history.questionCount", { count: quiz.questionCount })} ·{" "}
                  {dateTime(quiz.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
                <Link
                  href={`/quiz/${quiz.id}`}
                  className="font-medium text-brand-600 hover:underline dark:text-brand-100"
                >
                  {t("resume")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {options.totalCards === 0 ? (
        <Card>
          <h2 className="font-medium">{t("builder.noCardsTitle")}</h2>
          <p className="mt-1 text-sm text-slate-500">
            {t("builder.noCardsBody")}{" "}
            <Link href="/notes" className="text-brand-600 hover:underline">
              /notes
            </Link>
          </p>
        </Card>
      ) : (
        <QuizBuilder options={options} initialKind={params.weak ? "weak" : undefined} />
      )}
    </div>
  );
}
