"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SanitizedHtml } from "@/components/ui/safe-html";
import type { FeedbackView, QuestionView } from "../_lib/views";
import { FeedbackPanel } from "./feedback-panel";
import { postQuiz } from "./quiz-api";

interface Item {
  question: QuestionView;
  feedback: FeedbackView;
}

/** Each wrong or skipped question: the prompt, what the student answered, the answer and the source. */
export function WrongAnswers({
  quizId,
  items,
  showOverrideNote,
}: {
  quizId: string;
  items: Item[];
  showOverrideNote: boolean;
}) {
  const t = useTranslations("quiz");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function override(questionId: string) {
    setBusy(questionId);
    const result = await postQuiz("override", { quizId, questionId });
    setBusy(null);
    if (!result.ok) setError(t(`errors.${result.key}`, { message: result.message }));
    else router.refresh();
  }

  return (
    <div>
      {showOverrideNote && <p className="mb-3 text-xs text-slate-500">{t("results.overrideNote")}</p>}
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <ol className="space-y-6" data-testid="wrong-answers">
        {items.map(({ question, feedback }) => (
          <li
            key={question.id}
            className="border-t border-slate-200 pt-4 first:border-0 first:pt-0 dark:border-slate-800"
          >
            <p className="mb-1 text-xs text-slate-500">
              {question.index + 1} · {t(`types.${question.type}`)}
            </p>
            <SanitizedHtml className="prose-card" html={question.promptHtml} />
            {question.statementHtml && (
              <SanitizedHtml className="prose-card font-medium" html={question.statementHtml} />
            )}
            <div className="mt-2 text-sm">
              <span className="text-slate-500">{t("yourAnswer")}: </span>
              <YourAnswer question={question} feedback={feedback} />
            </div>
            <FeedbackPanel
              feedback={feedback}
              busy={busy === question.id}
              onOverride={() => void override(question.id)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

function YourAnswer({ question, feedback }: Item) {
  const t = useTranslations("quiz");
  const response = feedback.response;
  if (response === null || response === undefined) return <em className="text-slate-500">{t("noAnswer")}</em>;
  if (typeof response === "boolean") return <strong>{response ? t("true") : t("false")}</strong>;
  if (typeof response === "number") {
    const html = question.optionsHtml[response];
    return html ? <SanitizedHtml className="prose-card inline-block align-baseline [&_p]:my-0" html={html} /> : null;
  }
  return <strong className="break-words">{response}</strong>;
}
