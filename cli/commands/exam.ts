import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { createMockExam } from "@/lib/db/exams/create-mock-exam";
import { createCustomExam, findExamForUser, listCustomExams } from "@/lib/db/exams/find-exam";
import { loadReadiness } from "@/lib/db/exams/load-readiness";
import { findUserIdByEmail } from "@/lib/db/users/find-user-by-email";
import { AppError } from "@/lib/errors";
import { EXAM_PROFILES, type ExamProfile, totalQuestions } from "@/lib/exams";
import { isStudyDay } from "@/lib/schedule";
import { type CustomExamInput, customExamProblems, customExamSchema } from "@/lib/validations/exams";
import { MAX_QUIZ_QUESTIONS } from "@/lib/validations/quiz";
import enExamMessages from "../../messages/en/exams.json";
import { output, withDatabase } from "../database";

const mockInput = z.object({
  user: z.string().min(3),
  exam: z.string().min(1),
  questions: z.coerce
    .number({ error: "--questions must be a whole number" })
    .int("--questions must be a whole number")
    .min(1, "--questions must be at least 1")
    .max(MAX_QUIZ_QUESTIONS, `--questions must be at most ${MAX_QUIZ_QUESTIONS}`)
    .optional(),
});

/** One exam in `exam list --json` (and `exam create --json`). */
function listEntry(p: ExamProfile) {
  return {
    code: p.code,
    name: p.name.en,
    questions: totalQuestions(p),
    minutes: p.minutes,
    passingScore: p.passingScore,
    domains: p.domains.map((d) => ({ id: d.id, name: d.name.en, weight: d.weight })),
  };
}

async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new AppError("INVALID_INPUT", `cannot read --file "${path}"`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", `--file "${path}" is not valid JSON`);
  }
}

/** A custom exam definition, or exit 1 naming every field at fault in English (the form's texts). */
function parseCustomExam(raw: unknown): CustomExamInput {
  const parsed = customExamSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = Object.entries(customExamProblems(parsed.error.issues));
  throw new AppError(
    "INVALID_INPUT",
    problems.map(([path, key]) => `${path}: ${enExamMessages.custom.errors[key]}`).join("; "),
  );
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "invalid input");
  return parsed.data;
}

export function register(program: Command): void {
  const exam = program.command("exam").description("Exam profiles, mock exams and the readiness forecast");

  exam
    .command("list")
    .description("List the built-in exam profiles (retired versions included), and a user's own exams with --user")
    .option("--user <email>", "also list this account's own exams (code custom:<id>)")
    .option("--json", "print a JSON array (stable contract, see README)")
    .action(async (options: { user?: string; json?: boolean }) => {
      const email = options.user;
      const custom = email
        ? await withDatabase(async () => listCustomExams({ userId: await findUserIdByEmail(email) }))
        : [];
      const profiles = [...EXAM_PROFILES, ...custom];
      output(!!options.json, profiles.map(listEntry), () =>
        profiles
          .map(
            (p) =>
              `${p.code}${p.label ? ` (${p.label})` : ""}${p.retired ? " (retired)" : ""}  ${p.name.en}: ${totalQuestions(p)} questions, ${p.minutes} min, pass ${p.passingScore}\n` +
              p.domains.map((d) => `  ${d.id}. ${d.name.en} ${d.weight}%`).join("\n"),
          )
          .join("\n"),
      );
    });

  exam
    .command("create")
    .description("Define a user's own exam from a JSON file (see README for the format)")
    .requiredOption("--user <email>", "account email")
    .requiredOption("--file <path>", "JSON definition: name, code, domains, questions, minutes, scale, passingScore")
    .option("--json", "print the created exam as JSON (stable contract, see README)")
    .action(async (options: { user: string; file: string; json?: boolean }) => {
      const input = parseCustomExam(await readJsonFile(options.file));
      const profile = await withDatabase(async () => {
        const userId = await findUserIdByEmail(options.user);
        return createCustomExam({ userId, exam: input });
      });
      output(
        !!options.json,
        listEntry(profile),
        () => `Created ${profile.label} (${profile.code}): ${profile.name.en}`,
      );
    });

  exam
    .command("mock")
    .description("Create a timed mock exam for a user from their mapped cards")
    .requiredOption("--user <email>", "account email")
    .requiredOption("--exam <code>", "exam code, e.g. SAA-C03 (or custom:<id>)")
    .option("--questions <n>", "number of questions (default: the real exam's length)")
    .option("--json", "print the mock as JSON (stable contract, see README)")
    .action(async (raw: Record<string, string | boolean | undefined>) => {
      const options = parse(mockInput, raw);
      const mock = await withDatabase(async () => {
        const userId = await findUserIdByEmail(options.user);
        const profile = await findExamForUser({ userId, code: options.exam });
        return createMockExam({ userId, profile, now: new Date(), count: options.questions });
      });
      const json = { id: mock.id, questions: mock.questions.map((q) => ({ domain: q.domain, type: q.type })) };
      output(!!raw.json, json, () => {
        const perDomain = new Map<string, number>();
        for (const q of mock.questions) perDomain.set(q.domain, (perDomain.get(q.domain) ?? 0) + 1);
        const split = [...perDomain.entries()].map(([d, n]) => `domain ${d}: ${n}`).join(", ");
        return `Mock exam ${mock.id}: ${mock.questions.length} questions (${split}). Open /quiz/${mock.id} to take it.`;
      });
    });

  exam
    .command("readiness")
    .description("Forecast a user's exam score on a day from their cards' predicted recall")
    .requiredOption("--user <email>", "account email")
    .requiredOption("--exam <code>", "exam code, e.g. SAA-C03 (or custom:<id>)")
    .requiredOption("--on <YYYY-MM-DD>", "exam day")
    .option("--json", "print the forecast as JSON (stable contract, see README)")
    .action(async (options: { user: string; exam: string; on: string; json?: boolean }) => {
      if (!isStudyDay(options.on)) {
        throw new AppError("INVALID_INPUT", `--on must be a date like 2026-03-02, got "${options.on}"`);
      }
      const readiness = await withDatabase(async () => {
        const userId = await findUserIdByEmail(options.user);
        const profile = await findExamForUser({ userId, code: options.exam });
        return loadReadiness({ userId, profile, on: options.on });
      });
      const json = {
        exam: readiness.exam,
        on: readiness.on,
        predictedScore: readiness.predictedScore,
        range: readiness.range,
        passingScore: readiness.passingScore,
        domains: readiness.domains.map((d) => ({
          id: d.id,
          weight: d.weight,
          cards: d.cards,
          predictedRecall: d.predictedRecall,
        })),
      };
      output(!!options.json, json, () =>
        [
          readiness.predictedScore === null || readiness.range === null
            ? `${readiness.exam} on ${readiness.on}: no card is mapped to this exam's domains yet, so there is no predicted score (map notes on the exam page, or with exam-domain: in their frontmatter); pass ${readiness.passingScore}`
            : `${readiness.exam} on ${readiness.on}: predicted ${readiness.predictedScore} (${readiness.range[0]}–${readiness.range[1]}), pass ${readiness.passingScore}`,
          ...readiness.domains.map(
            (d) =>
              `  ${d.id}. ${d.weight}%  ${d.cards} cards  recall ${d.predictedRecall === null ? "—" : `${Math.round(d.predictedRecall * 100)}%`}`,
          ),
        ].join("\n"),
      );
    });
}
