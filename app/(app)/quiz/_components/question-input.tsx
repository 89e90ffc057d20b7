"use client";

import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import type { QuizResponse } from "@/lib/quiz";
import type { FeedbackView, QuestionView } from "../_lib/views";

interface Props {
  question: QuestionView;
  /** The saved response, if any. */
  response: QuizResponse | undefined;
  draft: string;
  onDraft: (text: string) => void;
  onChoose: (response: number | boolean | number[]) => void;
  onSubmitText: () => void;
  /** Practice feedback: locks the inputs and colours the right and chosen options. */
  feedback: FeedbackView | undefined;
  busy: boolean;
  submitLabel: string;
}

const optionBase =
  "flex w-full items-center gap-3 rounded-xl border px-4 py-3 text-left text-base transition-colors disabled:cursor-default";

function optionTone(selected: boolean, right: boolean | null, wrongPick: boolean): string {
  if (right) return "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950";
  if (wrongPick) return "border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950";
  if (selected) return "border-brand-500 bg-brand-50 ring-2 ring-brand-100 dark:bg-slate-800 dark:ring-brand-700";
  return "border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
}

/** The answer controls for one question: options, true/false buttons, or a text field (typed and cloze). */
export function QuestionInput(props: Props) {
  const t = useTranslations("quiz");
  const { question, response, feedback, busy } = props;
  const locked = feedback !== undefined || busy;

  if (question.type === "multiple-choice") {
    return (
      <fieldset className="space-y-2" aria-label={t("chooseOne")}>
        {question.optionsHtml.map((html, i) => (
          <button
            key={i}
            type="button"
            disabled={locked}
            aria-pressed={response === i}
            onClick={() => props.onChoose(i)}
            className={`${optionBase} ${optionTone(response === i, feedback ? feedback.correctOption === i : null, !!feedback && response === i && feedback.correctOption !== i)}`}
            data-testid="quiz-option"
          >
            <span className="shrink-0 rounded-md border border-current px-1.5 text-xs text-slate-500">
              {String.fromCharCode(65 + i)}
            </span>
            <SanitizedHtml className="prose-card min-w-0 flex-1 [&_p]:my-0" html={html} />
          </button>
        ))}
      </fieldset>
    );
  }

  if (question.type === "multiple-response") {
    const picked = Array.isArray(response) ? (response as readonly number[]) : [];
    const toggle = (i: number) => {
      const next = picked.includes(i) ? picked.filter((p) => p !== i) : [...picked, i].sort((a, b) => a - b);
      if (next.length > 0) props.onChoose(next);
    };
    return (
      <fieldset className="space-y-2" aria-label={t("chooseTwo")}>
        <legend className="mb-2 text-sm font-medium">{t("chooseTwo")}</legend>
        {question.optionsHtml.map((html, i) => {
          const right = feedback?.correctOptions ? feedback.correctOptions.includes(i) : null;
          return (
            <button
              key={i}
              type="button"
              disabled={locked}
              aria-pressed={picked.includes(i)}
              onClick={() => toggle(i)}
              className={`${optionBase} ${optionTone(picked.includes(i), right, !!feedback && picked.includes(i) && !right)}`}
              data-testid="quiz-option"
            >
              <span className="shrink-0 rounded-md border border-current px-1.5 text-xs text-slate-500">
                {picked.includes(i) ? "✓" : String.fromCharCode(65 + i)}
              </span>
              <SanitizedHtml className="prose-card min-w-0 flex-1 [&_p]:my-0" html={html} />
            </button>
          );
        })}
      </fieldset>
    );
  }

  if (question.type === "true-false") {
    return (
      <fieldset className="grid grid-cols-2 gap-3" aria-label={t("statement")}>
        {[true, false].map((value) => (
          <button
            key={String(value)}
            type="button"
            disabled={locked}
            aria-pressed={response === value}
            onClick={() => props.onChoose(value)}
            className={`${optionBase} justify-center font-medium ${optionTone(response === value, feedback ? feedback.correctValue === value : null, !!feedback && response === value && feedback.correctValue !== value)}`}
            data-testid="quiz-option"
          >
            {value ? t("true") : t("false")}
          </button>
        ))}
      </fieldset>
    );
  }

  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        if (!locked && props.draft.trim() !== "") props.onSubmitText();
      }}
    >
      <label className="block flex-1 text-sm font-medium">
        {question.type === "cloze" ? t("fillBlank") : t("typeAnswer")}
        <input
          value={props.draft}
          onChange={(event) => props.onDraft(event.target.value)}
          disabled={feedback !== undefined}
          maxLength={500}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className={`${inputClass} text-base`}
          data-testid="quiz-text"
        />
        {question.type === "typed" && (
          <span className="mt-1 block text-xs font-normal text-slate-500">{t("typeHint")}</span>
        )}
      </label>
      <button type="submit" disabled={locked || props.draft.trim() === ""} className={`${buttonClass} sm:mt-6`}>
        {props.submitLabel}
      </button>
    </form>
  );
}
