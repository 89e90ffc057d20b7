import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { asJson, type StoredQuestions } from "@/lib/db/quiz/stored-quiz";
import { buildMockExam, type ExamProfile, mockQuestionType } from "@/lib/exams";
import { loadMappedCards } from "./mapped-cards";

export interface CreatedMockExam {
  /** The quiz id: the mock runs at /quiz/<id>. */
  id: string;
  questions: { id: string; domain: string; type: "single" | "multiple" }[];
  timeLimitSeconds: number | null;
}

/**
 * Creates a timed mock exam for the user from their mapped cards (see `buildMockExam`) and stores it as an
 * exam-mode quiz plus the domain of each question, so the quiz runner, timer, flags and results all apply.
 *
 * @throws AppError("INVALID_INPUT", reason "no-mapped-cards") when no card is mapped to the exam.
 */
export async function createMockExam(options: {
  userId: string;
  profile: ExamProfile;
  now: Date;
  count?: number;
  minutes?: number;
  seed?: number;
}): Promise<CreatedMockExam> {
  const { profile, userId } = options;
  const { mapped } = await loadMappedCards({ userId, profile });
  const seed = options.seed ?? randomInt(0, 2 ** 31 - 1);
  const mock = buildMockExam({ profile, cards: mapped, count: options.count, minutes: options.minutes, seed });
  const stored: StoredQuestions = { requestedCount: mock.quiz.requestedCount, questions: [...mock.quiz.questions] };
  const passPercent = Math.round((profile.passingScore / profile.scale.max) * 100);
  const id = await db().$transaction(async (tx) => {
    const quiz = await tx.quiz.create({
      data: {
        userId,
        mode: "exam",
        seed,
        selection: asJson({ kind: "exam", exam: profile.code }),
        questions: asJson(stored),
        answers: {},
        timeLimitSeconds: mock.quiz.timeLimitSeconds,
        passPercent,
        startedAt: options.now,
      },
      select: { id: true },
    });
    await tx.examMock.create({
      data: { quizId: quiz.id, userId, examCode: profile.code, questionDomains: asJson(mock.questionDomains) },
    });
    return quiz.id;
  });
  return {
    id,
    questions: mock.quiz.questions.map((q) => ({
      id: q.id,
      domain: mock.questionDomains[q.id] ?? "",
      type: mockQuestionType(q),
    })),
    timeLimitSeconds: mock.quiz.timeLimitSeconds,
  };
}
