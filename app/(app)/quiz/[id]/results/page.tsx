import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, Card, PageTitle } from "@/components/ui/card";
import { MockResultCard } from "@/app/(app)/exam/_components/mock-result-card";
import { requireUser } from "@/lib/auth/session";
import { loadMockResult } from "@/lib/db/exams/load-mock-result";
import { getDateTimeFormatter } from "@/lib/i18n/server-format";
import { loadQuizResults } from "@/lib/db/quiz/load-quiz-results";
import { isAppError } from "@/lib/errors";
import { BreakdownTable } from "../../_components/breakdown-table";
import { QuestionTimes } from "../../_components/question-times";
import { WrongAnswers } from "../../_components/wrong-answers";
import { feedbackView, questionView } from "../../_lib/views";
import { timeSpentMs, toPublicQuestion } from "@/lib/quiz";

export const dynamic = "force-dynamic";

/** Score, pass/fail, breakdowns, time per question and every wrong answer with its source. */
export default async function QuizResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const results = await loadQuizResults({ userId: user.id, quizId: id, now: new Date() }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!results) redirect(`/quiz/${id}`);
  const [t, format, dateTime, mock] = await Promise.all([
    getTranslations("quiz"),
    getFormatter(),
    getDateTimeFormatter(),
    loadMockResult({ userId: user.id, quizId: id, score: results.score }),
  ]);
  const { score } = results;
  const spentMs = timeSpentMs({
    startedAt: results.startedAt,
    finishedAt: results.finishedAt,
    limitSeconds: results.timeLimitSeconds,
    questionTimeMs: score.totalTimeMs,
  });
  const elapsed = (ms: number) => {
    const seconds = Math.round(ms / 1000);
    return seconds < 60
      ? t("seconds", { seconds })
      : t("minutesSeconds", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  const wrong = score.wrong.map((r) => ({
    question: questionView(toPublicQuestion(r.question)),
    feedback: feedbackView(results.feedback[r.index]!),
  }));
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageTitle>
        {t("results.title")}{" "}
        <span className="text-base font-normal text-slate-500">· {t("modeName", { mode: results.mode })}</span>
      </PageTitle>
      <Card>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3" data-testid="quiz-score">
          <p className="text-5xl font-bold tabular-nums">
            {format.number(score.percent / 100, { style: "percent", maximumFractionDigits: 1 })}
          </p>
          <div>
            <p
              className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${score.passed ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100" : "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100"}`}
              data-testid="quiz-verdict"
            >
              {score.passed ? t("results.passed") : t("results.failed")}
            </p>
            <p className="mt-1 text-sm text-slate-500">
              {t("results.correctOf", { correct: score.correct, total: score.total })} ·{" "}
              {t("results.target", { percent: format.number(score.passPercent / 100, { style: "percent" }) })}
            </p>
          </div>
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <Figure
            label={t("results.answered")}
            value={`${format.number(score.answered)} / ${format.number(score.total)}`}
          />
          <Figure label={t("results.totalTime")} value={elapsed(spentMs)} testId="quiz-time-spent" />
          <Figure label={t("results.perQuestion")} value={elapsed(score.total ? spentMs / score.total : 0)} />
          <Figure
            label={t("results.date")}
            value={dateTime(results.finishedAt, {
              month: "short",
              day: "numeric",
              hour: "numeric",
              minute: "2-digit",
            })}
          />
        </dl>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-300" data-testid="quiz-schedule">
          {t("results.schedule", { lapses: results.effects.lapses.length, reviews: results.effects.reviews.length })}{" "}
          <span className="text-slate-500">{t("results.scheduleHint")}</span>
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Link href="/quiz" className={buttonClass}>
            {t("results.newQuiz")}
          </Link>
          <Link
            href="/quiz?weak=1"
            className="rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t("results.retryWeak")}
          </Link>
          <Link
            href="/quiz/history"
            className="rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t("results.history")}
          </Link>
        </div>
      </Card>
      {mock && <MockResultCard {...mock} />}
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-medium">{t("results.bySubject")}</h2>
          <BreakdownTable
            rows={score.bySubject}
            empty={t("results.noSubject")}
            nullLabel={t("results.noSubject")}
            testId="breakdown-subject"
          />
        </Card>
        <Card>
          <h2 className="mb-2 font-medium">{t("results.byTag")}</h2>
          <BreakdownTable
            rows={score.byTag}
            empty={t("results.noTags")}
            nullLabel=""
            testId="breakdown-tag"
            prefix="#"
          />
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 font-medium">{t("results.wrongTitle")}</h2>
        {wrong.length === 0 ? (
          <p className="text-sm text-slate-500">{t("results.allRight")}</p>
        ) : (
          <WrongAnswers
            quizId={results.id}
            items={wrong}
            showOverrideNote={wrong.some((w) => w.feedback.canOverride)}
          />
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-medium">{t("results.questions")}</h2>
        <QuestionTimes
          rows={score.questions.map((q) => ({
            index: q.index,
            type: q.type,
            correct: q.correct,
            answered: q.answered,
            flagged: q.flagged,
            time: elapsed(q.timeMs),
            overridden: q.overridden,
          }))}
        />
      </Card>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
