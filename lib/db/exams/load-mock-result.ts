import { type ExamProfile, type MockResult, mockResult } from "@/lib/exams";
import type { QuizScore } from "@/lib/quiz";
import { findExamForUser } from "./find-exam";
import { findMockOfQuiz } from "./mock-history";

/** The mock-exam view of a finished quiz's score, or null when the quiz is not a mock exam. */
export async function loadMockResult(options: {
  userId: string;
  quizId: string;
  score: QuizScore;
}): Promise<{ profile: ExamProfile; result: MockResult; cardLines: Record<string, number | undefined> } | null> {
  const mock = await findMockOfQuiz(options);
  if (!mock) return null;
  const profile = await findExamForUser({ userId: options.userId, code: mock.examCode });
  const result = mockResult(profile, options.score.questions, mock.questionDomains as Record<string, string>);
  const cardLines = Object.fromEntries(options.score.questions.map((q) => [q.cardId, q.question.source.line]));
  return { profile, result, cardLines };
}
