"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { RunnerAnswer } from "@/lib/db/quiz/load-quiz";
import type { QuizMode, QuizResponse } from "@/lib/quiz";
import type { FeedbackView, QuestionView } from "../_lib/views";
import { postQuiz, type QuizErrorKey } from "./quiz-api";

export interface RunnerProps {
  quizId: string;
  mode: QuizMode;
  questions: QuestionView[];
  initialAnswers: Record<string, RunnerAnswer>;
  initialFeedback: Record<string, FeedbackView>;
  remainingSeconds: number | null;
}

const MAX_TIME_MS = 3_600_000;

/**
 * The runner's state and its server calls. The server holds the truth (answers, flags, time per question),
 * so a reload starts from what it returns; this hook only remembers typed drafts and the time on the
 * current question until they are saved.
 */
export function useQuizRunner(props: RunnerProps) {
  const router = useRouter();
  const { quizId, questions } = props;
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [feedback, setFeedback] = useState(props.initialFeedback);
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      Object.entries(props.initialAnswers).flatMap(([id, a]) =>
        typeof a.response === "string" ? [[id, a.response]] : [],
      ),
    ),
  );
  const [index, setIndex] = useState(() => {
    const first = questions.findIndex((q) => !props.initialAnswers[q.id]?.answered);
    return first === -1 ? Math.max(0, questions.length - 1) : first;
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: QuizErrorKey; message: string } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const shownAt = useRef(Date.now());

  const question = questions[index]!;
  const takeTime = () => {
    const now = Date.now();
    const ms = Math.min(now - shownAt.current, MAX_TIME_MS);
    shownAt.current = now;
    return ms;
  };

  const fail = useCallback(
    (key: QuizErrorKey, message: string) => {
      setError({ key, message });
      // Time up or finished elsewhere: the results are ready, show them.
      if (key === "time-up" || key === "finished")
        window.setTimeout(() => router.replace(`/quiz/${quizId}/results`), 1500);
    },
    [quizId, router],
  );

  async function save(questionId: string, response: QuizResponse): Promise<boolean> {
    setBusy(true);
    const result = await postQuiz<{ mode: QuizMode; feedback?: FeedbackView }>("answer", {
      quizId,
      questionId,
      response,
      timeMs: takeTime(),
    });
    setBusy(false);
    if (!result.ok) {
      fail(result.key, result.message);
      return false;
    }
    setError(null);
    setAnswers((all) => ({ ...all, [questionId]: { flagged: false, ...all[questionId], response, answered: true } }));
    const fb = result.data.feedback;
    if (fb) setFeedback((all) => ({ ...all, [questionId]: fb }));
    return true;
  }

  /** An exam's typed draft that differs from the saved answer is saved when leaving the question. */
  async function saveDraftIfChanged(): Promise<boolean> {
    const draft = drafts[question.id]?.trim() ?? "";
    const saved = answers[question.id]?.response;
    if (props.mode !== "exam" || draft === "" || draft === saved) return false;
    return save(question.id, draft);
  }

  /** Moves to question `next`; `justSaved` skips the draft check (state from the save is not visible yet). */
  async function go(next: number, justSaved = false) {
    if (next < 0 || next >= questions.length || next === index) return;
    if (justSaved) takeTime();
    else if (!(await saveDraftIfChanged())) {
      const timeMs = takeTime();
      if (timeMs > 1000 && !feedback[question.id]) void postQuiz("mark", { quizId, questionId: question.id, timeMs });
    }
    shownAt.current = Date.now();
    setError(null);
    setIndex(next);
  }

  async function toggleFlag() {
    const flagged = !answers[question.id]?.flagged;
    const result = await postQuiz<{ flagged: boolean }>("mark", {
      quizId,
      questionId: question.id,
      flagged,
      timeMs: takeTime(),
    });
    if (!result.ok) return fail(result.key, result.message);
    setAnswers((all) => ({
      ...all,
      [question.id]: { response: null, answered: false, ...all[question.id], flagged: result.data.flagged },
    }));
  }

  async function override() {
    setBusy(true);
    const result = await postQuiz<{ feedback: FeedbackView }>("override", { quizId, questionId: question.id });
    setBusy(false);
    if (!result.ok) return fail(result.key, result.message);
    setFeedback((all) => ({ ...all, [question.id]: result.data.feedback }));
  }

  /** Submit, or the timer's auto-submit: an unsaved typed draft is saved first (the server's grace covers it). */
  async function finish() {
    setFinishing(true);
    await saveDraftIfChanged();
    const result = await postQuiz("finish", { quizId });
    if (!result.ok && result.key !== "finished") {
      setFinishing(false);
      return fail(result.key, result.message);
    }
    router.replace(`/quiz/${quizId}/results`);
  }

  return {
    index,
    question,
    answers,
    feedback,
    drafts,
    setDraft: (text: string) => setDrafts((all) => ({ ...all, [question.id]: text })),
    busy,
    error,
    finishing,
    save,
    go,
    toggleFlag,
    override,
    finish,
  };
}
