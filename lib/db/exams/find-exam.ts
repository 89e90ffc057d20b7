import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  type CustomExamDefinition,
  customExamProfile,
  type ExamProfile,
  examNamedBy,
  findExamProfile,
} from "@/lib/exams";

const CUSTOM_PREFIX = "custom:";

/**
 * The exam a code names for this user: a built-in profile (`SAA-C03`, case-insensitive) or one of the user's
 * own exams (`custom:<id>`, or its short code such as `CKA`).
 *
 * @throws AppError("NOT_FOUND") for an unknown code or another user's custom exam.
 */
export async function findExamForUser(options: { userId: string; code: string }): Promise<ExamProfile> {
  const code = options.code.trim();
  if (code.toLowerCase().startsWith(CUSTOM_PREFIX)) {
    const row = await db().customExam.findFirst({
      where: { id: code.slice(CUSTOM_PREFIX.length), userId: options.userId },
      select: { definition: true },
    });
    if (row) return customExamProfile(row.definition as unknown as CustomExamDefinition);
  } else {
    const profile =
      findExamProfile(code) ??
      (await listCustomExams({ userId: options.userId })).find((mine) => examNamedBy(mine, code));
    if (profile) return profile;
  }
  throw new AppError("NOT_FOUND", `unknown exam "${code}"; see \`npm run cli -- exam list\``, {
    reason: "unknown-exam",
  });
}

/** The user's own exams as profiles, newest first. */
export async function listCustomExams(options: { userId: string }): Promise<ExamProfile[]> {
  const rows = await db().customExam.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    select: { definition: true },
  });
  return rows.map((row) => customExamProfile(row.definition as unknown as CustomExamDefinition));
}

/** A custom exam as the form and the CLI give it (validated by `customExamSchema`). */
export interface NewCustomExam {
  name: string;
  code: string;
  domains: readonly { name: string; weight: number }[];
  questions: number;
  minutes: number;
  scale: { min: number; max: number };
  passingScore: number;
}

/**
 * Stores a user-defined exam and returns its profile. Domains get their position as id ("1", "2", …).
 *
 * @throws AppError("CONFLICT", reason "exam-code-taken", field "code") when the short code is a built-in
 *   exam's or one of the user's other exams'.
 * @throws AppError("INVALID_INPUT") from `customExamProfile` for a definition that does not add up.
 */
export async function createCustomExam(options: { userId: string; exam: NewCustomExam }): Promise<ExamProfile> {
  const { userId, exam } = options;
  const mine = await listCustomExams({ userId });
  if (findExamProfile(exam.code) || mine.some((other) => examNamedBy(other, exam.code))) {
    throw new AppError("CONFLICT", `an exam with the code "${exam.code}" exists already`, {
      reason: "exam-code-taken",
      field: "code",
    });
  }
  const id = randomUUID().slice(0, 8);
  const definition: CustomExamDefinition = {
    id,
    name: exam.name,
    code: exam.code,
    domains: exam.domains.map((dom, i) => ({ id: String(i + 1), name: dom.name, weight: dom.weight })),
    questions: exam.questions,
    minutes: exam.minutes,
    scale: exam.scale,
    passingScore: exam.passingScore,
  };
  const profile = customExamProfile(definition);
  await db().customExam.create({
    data: { id, userId, name: definition.name, definition: definition as unknown as object },
  });
  return profile;
}
