"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass, Card } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import { ExamBar } from "./exam-bar";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionInput } from "./question-input";
import { QuestionNavigator } from "./question-navigator";
import { type RunnerProps, useQuizRunner } from "./use-quiz-runner";

const quietButton =
  "rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";

/** Practice: one question at a time with feedback. Exam: timer, flags, navigator, submit at the end. */
export function QuizRunner(props: RunnerProps) {
  const t = useTranslations("quiz");
  const runner = useQuizRunner(props);
  const [confirming, setConfirming] = useState(false);
  const { question, index, answers, feedback } = runner;
  const exam = props.mode === "exam";
  const total = props.questions.length;
  const answered = props.questions.filter((q) => answers[q.id]?.answered).length;
  const flagged = props.questions.filter((q) => answers[q.id]?.flagged).length;
  const shown = feedback[question.id];
  const last = index === total - 1;
  const allDone = answered === total;

  return (
    <div className={exam ? "lg:grid lg:grid-cols-[1fr_15rem] lg:gap-6" : ""}>
      <div className="min-w-0">
        {exam && (
          <ExamBar
            remainingSeconds={props.remainingSeconds}
            answered={answered}
            total={total}
            finishing={runner.finishing}
            onZero={() => void runner.finish()}
            onSubmit={() => setConfirming(true)}
          />
        )}
        <div className="mb-2 flex items-center justify-between text-sm text-slate-500">
          <span data-testid="quiz-progress">{t("progress", { current: index + 1, total })}</span>
          {!exam && <span>{t("answeredCount", { answered, total })}</span>}
        </div>
        {confirming && (
          <div
            role="alertdialog"
            className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950"
          >
            <p>{t("submitConfirm", { unanswered: total - answered, flagged })}</p>
            {(answered < total || flagged > 0) && (
              <>
                <p className="mt-2 text-xs">{t("reviewList")}</p>
                <ul className="mt-1 flex flex-wrap gap-1" data-testid="review-list">
                  {props.questions.map((q, i) => {
                    const a = answers[q.id];
                    if (a?.answered && !a.flagged) return null;
                    return (
                      <li key={q.id}>
                        <button
                          type="button"
                          className="rounded border border-amber-400 px-2 py-0.5 text-xs tabular-nums hover:bg-amber-100 dark:hover:bg-amber-900"
                          onClick={() => {
                            setConfirming(false);
                            void runner.go(i);
                          }}
                        >
                          {i + 1}
                          {a?.flagged ? " ⚑" : ""}
                          {a?.answered ? "" : ` · ${t("unansweredShort")}`}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            <div className="mt-3 flex gap-2">
              <button
                type="button"
                className={buttonClass}
                disabled={runner.finishing}
                onClick={() => void runner.finish()}
              >
                {t("submitYes")}
              </button>
              <button type="button" className={quietButton} onClick={() => setConfirming(false)}>
                {t("submitNo")}
              </button>
            </div>
          </div>
        )}
        {runner.error && (
          <p
            role="alert"
            className="mb-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {t(`errors.${runner.error.key}`, { message: runner.error.message })}{" "}
            {(runner.error.key === "time-up" || runner.error.key === "finished") && (
              <Link href={`/quiz/${props.quizId}/results`} className="font-medium underline">
                {t("seeResults")}
              </Link>
            )}
          </p>
        )}
        <Card className="min-h-56">
          <p className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
            {t(`types.${question.type}`)}
            {answers[question.id]?.flagged && <span className="ml-2 text-amber-600">⚑ {t("flagged")}</span>}
          </p>
          <SanitizedHtml className="prose-card mb-4 text-lg" testId="quiz-prompt" html={question.promptHtml} />
          {question.statementHtml && (
            <div className="mb-4 rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
              <p className="text-xs text-slate-500">{t("statement")}</p>
              <SanitizedHtml className="prose-card font-medium" html={question.statementHtml} />
            </div>
          )}
          <QuestionInput
            question={question}
            response={answers[question.id]?.response}
            draft={runner.drafts[question.id] ?? ""}
            onDraft={runner.setDraft}
            onChoose={(response) => void runner.save(question.id, response)}
            onSubmitText={() => {
              const text = (runner.drafts[question.id] ?? "").trim();
              void runner.save(question.id, text).then((ok) => {
                if (ok && exam && !last) void runner.go(index + 1, true);
              });
            }}
            feedback={shown}
            busy={runner.busy || runner.finishing}
            submitLabel={exam ? t("saveAnswer") : t("check")}
          />
          {shown && <FeedbackPanel feedback={shown} onOverride={() => void runner.override()} busy={runner.busy} />}
        </Card>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          {exam && (
            <button
              type="button"
              className={quietButton}
              disabled={index === 0}
              onClick={() => void runner.go(index - 1)}
            >
              ← {t("previous")}
            </button>
          )}
          {exam && (
            <button
              type="button"
              className={quietButton}
              onClick={() => void runner.toggleFlag()}
              aria-pressed={!!answers[question.id]?.flagged}
              data-testid="quiz-flag"
            >
              ⚑ {answers[question.id]?.flagged ? t("unflag") : t("flag")}
            </button>
          )}
          <span className="flex-1" />
          {!last && (exam || shown) && (
            <button
              type="button"
              className={exam ? quietButton : buttonClass}
              onClick={() => void runner.go(index + 1)}
            >
              {t("next")} →
            </button>
          )}
          {!exam && (last || allDone) && shown && (
            <button
              type="button"
              className={buttonClass}
              disabled={runner.finishing}
              onClick={() => void runner.finish()}
            >
              {t("finishPractice")}
            </button>
          )}
        </div>
      </div>
      {exam && (
        <aside className="mt-6 lg:mt-0">
          <Card>
            <QuestionNavigator
              ids={props.questions.map((q) => q.id)}
              current={index}
              answers={answers}
              onJump={(i) => void runner.go(i)}
            />
          </Card>
        </aside>
      )}
    </div>
  );
}
