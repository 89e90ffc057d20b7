import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type CustomExamDefinition, customExamProfile, type ExamProfile, findExamProfile } from "@/lib/exams";

const CUSTOM_PREFIX = "custom:";

/**
 * The exam a code names for this user: a built-in profile (`SAA-C03`, case-insensitive) or one of the user's
 * own exams (`custom:<id>`).
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
    const profile = findExamProfile(code);
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

/** Stores a user-defined exam (validated by `customExamProfile`) and returns its profile. */
export async function createCustomExam(options: {
  userId: string;
  definition: Omit<CustomExamDefinition, "id">;
}): Promise<ExamProfile> {
  const id = randomUUID().slice(0, 8);
  const definition: CustomExamDefinition = { ...options.definition, id };
  const profile = customExamProfile(definition);
  await db().customExam.create({
    data: { id, userId: options.userId, name: definition.name, definition: definition as unknown as object },
  });
  return profile;
}
