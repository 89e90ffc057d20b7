import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { loadQuiz } from "@/lib/db/quiz/load-quiz";
import { isAppError } from "@/lib/errors";
import { feedbackView, questionView } from "../_lib/views";
import { QuizRunner } from "../_components/quiz-runner";

export const dynamic = "force-dynamic";

/** The quiz runner; state comes from the server, so a reload or a new tab resumes where the student was. */
export default async function QuizRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const state = await loadQuiz({ userId: user.id, quizId: id, now: new Date() }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (state.status === "finished") redirect(`/quiz/${id}/results`);
  const t = await getTranslations("quiz");
  return (
    <div className={state.mode === "exam" ? "mx-auto max-w-5xl" : "mx-auto max-w-2xl"}>
      <PageTitle>{t("modeName", { mode: state.mode })}</PageTitle>
      <QuizRunner
        quizId={state.id}
        mode={state.mode}
        questions={state.questions.map(questionView)}
        initialAnswers={state.answers}
        initialFeedback={Object.fromEntries(Object.entries(state.feedback).map(([k, f]) => [k, feedbackView(f)]))}
        remainingSeconds={state.remainingSeconds}
      />
    </div>
  );
}
