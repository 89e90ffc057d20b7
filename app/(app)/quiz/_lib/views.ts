import type { QuestionFeedback } from "@/lib/db/quiz/feedback";
import type { PublicQuestion } from "@/lib/quiz";
import { renderNoteHtml } from "@/lib/notes/render";

/** A question as the runner shows it: Markdown rendered (sanitized) on the server, no answers. */
export interface QuestionView {
  id: string;
  index: number;
  type: PublicQuestion["type"];
  promptHtml: string;
  /** Multiple choice and multiple response only. */
  optionsHtml: string[];
  /** True/false only: the statement to judge. */
  statementHtml: string | null;
}

/** Feedback with the expected answer rendered, so Markdown answers (code, bold) look as in the note. */
export interface FeedbackView extends QuestionFeedback {
  expectedHtml: string;
}

export function questionView(question: PublicQuestion): QuestionView {
  return {
    id: question.id,
    index: question.index,
    type: question.type,
    promptHtml: renderNoteHtml(question.prompt),
    optionsHtml:
      question.type === "multiple-choice" || question.type === "multiple-response"
        ? question.options.map((o) => renderNoteHtml(o))
        : [],
    statementHtml: question.type === "true-false" ? renderNoteHtml(question.statement) : null,
  };
}

export function feedbackView(feedback: QuestionFeedback): FeedbackView {
  return { ...feedback, expectedHtml: renderNoteHtml(feedback.expected) };
}
