import { randomUUID } from "node:crypto";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import type { StoredQuestions } from "@/lib/db/quiz/stored-quiz";
import type { Question, QuizResponse } from "@/lib/quiz";
import { makeNoteWithCards, makeUser } from "./helpers";

/** Quiz test fixtures: studied cards, the stored questions, right and wrong responses. */
const DAY = 24 * 60 * 60 * 1000;

/** A user with `count` cards first studied yesterday, so all of them are due today. */
export async function studiedCards(count: number) {
  const user = await makeUser();
  const note = await makeNoteWithCards(user.id, count);
  for (const card of note.cards) {
    await recordReview({
      userId: user.id,
      cardId: card.id,
      grade: "remembered",
      requestId: randomUUID(),
      at: new Date(Date.now() - DAY),
    });
  }
  return { user, note };
}

export async function questionsOf(quizId: string): Promise<Question[]> {
  const row = await db().quiz.findUniqueOrThrow({ where: { id: quizId }, select: { questions: true } });
  return (row.questions as unknown as StoredQuestions).questions;
}

export function rightAnswer(q: Question): QuizResponse {
  if (q.type === "multiple-choice") return q.correctOption;
  if (q.type === "true-false") return q.correct;
  return q.expected;
}

export function wrongAnswer(q: Question): QuizResponse {
  if (q.type === "multiple-choice") return (q.correctOption + 1) % q.options.length;
  if (q.type === "true-false") return !q.correct;
  return "definitely not it";
}

export const quizReviews = (userId: string) =>
  db().review.findMany({ where: { userId, source: "quiz" }, select: { cardId: true, grade: true, requestId: true } });
