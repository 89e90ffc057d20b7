import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLate } from "@/lib/quiz";
import { TIME_UP_MESSAGE } from "./answer-question";
import { finishQuiz } from "./finish-quiz";
import { lockQuiz } from "./lock-quiz";
import { asJson, emptyAnswer, findQuestion, storedAnswers } from "./stored-quiz";

/**
 * Flags or unflags a question and/or adds time spent on it without answering (leaving it in the exam
 * navigator). Returns the question's flag. Refused once the quiz is finished or its time is up.
 */
export async function markQuestion(options: {
  userId: string;
  quizId: string;
  questionId: string;
  flagged?: boolean;
  timeMs?: number;
  now: Date;
}): Promise<{ flagged: boolean }> {
  const outcome = await db().$transaction(async (tx) => {
    const row = await lockQuiz(tx, options.userId, options.quizId);
    if (row.status === "finished")
      throw new AppError("CONFLICT", "This quiz is already finished.", { reason: "quiz-finished" });
    if (isLate(options.now, row.startedAt, row.timeLimitSeconds)) return { late: true, flagged: false };
    const question = findQuestion(row, options.questionId);
    const answers = storedAnswers(row);
    const previous = answers[question.id] ?? emptyAnswer();
    const next = {
      ...previous,
      flagged: options.flagged ?? previous.flagged,
      timeMs: previous.timeMs + (options.timeMs ?? 0),
    };
    await tx.quiz.update({ where: { id: row.id }, data: { answers: asJson({ ...answers, [question.id]: next }) } });
    return { late: false, flagged: next.flagged };
  });
  if (outcome.late) {
    await finishQuiz({ userId: options.userId, quizId: options.quizId, now: options.now });
    throw new AppError("CONFLICT", TIME_UP_MESSAGE, { reason: "time-up" });
  }
  return { flagged: outcome.flagged };
}
