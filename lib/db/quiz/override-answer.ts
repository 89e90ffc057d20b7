import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { gradeQuestion } from "@/lib/quiz";
import { type QuestionFeedback, feedbackFor } from "./feedback";
import { scoreStoredQuiz, summarise } from "./finish-quiz";
import { lockQuiz } from "./lock-quiz";
import { asJson, findQuestion, finishedResult, storedAnswers } from "./stored-quiz";

/**
 * The student's "I was right" for a typed or cloze answer graded wrong. During a practice quiz it counts
 * before the quiz reaches the scheduler (no lapse); after a quiz is finished it corrects the score and
 * breakdowns, while the schedule keeps what was already recorded. Exams accept overrides only once
 * finished, since their answers are not graded before the end.
 */
export async function overrideAnswer(options: {
  userId: string;
  quizId: string;
  questionId: string;
}): Promise<QuestionFeedback> {
  return db().$transaction(async (tx) => {
    const row = await lockQuiz(tx, options.userId, options.quizId);
    const finished = row.status === "finished";
    if (!finished && row.mode === "exam") {
      throw new AppError("CONFLICT", "Answers are graded at the end of an exam; override them on the results page.", {
        reason: "graded-at-end",
      });
    }
    const question = findQuestion(row, options.questionId);
    const answers = storedAnswers(row);
    const answer = answers[question.id];
    if (!answer || answer.answeredAt === null)
      throw new AppError("CONFLICT", "Answer the question first.", { reason: "not-answered" });
    if (question.type !== "typed" && question.type !== "cloze") {
      throw new AppError("INVALID_INPUT", "Only typed answers can be marked as right.", { reason: "not-typed-answer" });
    }
    if (answer.override || gradeQuestion(question, answer.response).correct) return feedbackFor(question, answer);
    const next = { ...answers, [question.id]: { ...answer, override: true } };
    const data: Prisma.QuizUpdateInput = { answers: asJson(next) };
    if (finished) {
      const before = finishedResult(row);
      const score = scoreStoredQuiz({ ...row, answers: next as unknown as Prisma.JsonValue });
      data.score = score.percent;
      data.result = asJson({ ...summarise(score, before.effects), overrides: (before.overrides ?? 0) + 1 });
    }
    await tx.quiz.update({ where: { id: row.id }, data });
    return feedbackFor(question, { ...answer, override: true });
  });
}
