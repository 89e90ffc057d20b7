// First: the exam page's custom-exam form builds these schemas in the browser, under a CSP without eval.
import "@/lib/simulator/zod-jitless";
import { z } from "zod";
import { DEFAULT_BEFORE_EXAM_DAYS, MAX_BEFORE_EXAM_DAYS } from "@/lib/exams";
import { MAX_QUIZ_MINUTES, MAX_QUIZ_QUESTIONS } from "./quiz";

const examCode = z.string().trim().min(1).max(80);

/** The exam page's target form: which exam, when, and how many days the "before the exam" queue runs. */
export const examTargetSchema = z.object({
  examCode,
  examDate: z.union([z.literal(""), z.iso.date()]).transform((value) => value || null),
  beforeExamDays: z.coerce.number().int().min(1).max(MAX_BEFORE_EXAM_DAYS).default(DEFAULT_BEFORE_EXAM_DAYS),
});

const optionalInt = (max: number) =>
  z
    .union([z.literal(""), z.coerce.number().int().min(1).max(max)])
    .optional()
    .transform((value) => (value === "" || value === undefined ? undefined : value));

/** Start a mock exam: the exam's length and time unless shorter ones are given. */
export const startMockSchema = z.object({
  examCode,
  questions: optionalInt(MAX_QUIZ_QUESTIONS),
  minutes: optionalInt(MAX_QUIZ_MINUTES),
});

/** Map a tag or subject to a domain; an empty domain removes the mapping. */
export const domainMappingSchema = z.object({
  examCode,
  kind: z.enum(["subject", "tag"]),
  value: z.string().min(1).max(200),
  domainId: z
    .string()
    .max(40)
    .transform((value) => value || null),
});

/**
 * Problems a custom exam definition can have; each is the message of its zod issue, so the form shows a
 * translated text per field (`exams.custom.errors.<key>`) and the CLI an English one.
 */
export const CUSTOM_EXAM_PROBLEMS = [
  "required",
  "too-long",
  "code-format",
  "domains-count",
  "weight-range",
  "weights-sum",
  "questions-range",
  "minutes-range",
  "scale-range",
  "pass-range",
] as const;
export type CustomExamProblem = (typeof CUSTOM_EXAM_PROBLEMS)[number];

const MAX_CUSTOM_DOMAINS = 20;
const problem = (key: CustomExamProblem) => ({ error: key });
const text = (max: number) =>
  z.string(problem("required")).trim().min(1, problem("required")).max(max, problem("too-long"));
const whole = (min: number, max: number, key: CustomExamProblem) =>
  z.coerce.number(problem(key)).int(problem(key)).min(min, problem(key)).max(max, problem(key));

/**
 * A user's own exam (the exam page's form, `exam create --file`): name, short code, domains with weights in
 * percent summing to 100, questions, minutes, the score scale and the passing score on it. Domain ids are given
 * by position. Every issue's message is a `CustomExamProblem`.
 */
export const customExamSchema = z
  .object({
    name: text(120),
    code: text(20).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, problem("code-format")),
    domains: z
      .array(
        z.object({
          name: text(120),
          weight: z.coerce
            .number(problem("weight-range"))
            .gt(0, problem("weight-range"))
            .max(100, problem("weight-range")),
        }),
        problem("domains-count"),
      )
      .min(1, problem("domains-count"))
      .max(MAX_CUSTOM_DOMAINS, problem("domains-count")),
    questions: whole(1, MAX_QUIZ_QUESTIONS, "questions-range"),
    minutes: whole(1, MAX_QUIZ_MINUTES, "minutes-range"),
    scale: z.object({ min: whole(0, 10_000, "scale-range"), max: whole(1, 10_000, "scale-range") }),
    passingScore: z.coerce.number(problem("pass-range")),
  })
  .superRefine((exam, ctx) => {
    const sum = exam.domains.reduce((s, dom) => s + dom.weight, 0);
    if (Math.abs(sum - 100) > 1e-6) ctx.addIssue({ code: "custom", path: ["domains"], message: "weights-sum" });
    if (exam.scale.max <= exam.scale.min) {
      ctx.addIssue({ code: "custom", path: ["scale", "max"], message: "scale-range" });
    } else if (!(exam.passingScore > exam.scale.min && exam.passingScore <= exam.scale.max)) {
      ctx.addIssue({ code: "custom", path: ["passingScore"], message: "pass-range" });
    }
  });

export type CustomExamInput = z.infer<typeof customExamSchema>;

/** The zod issues of a custom exam definition as `path → problem` (first problem per path). */
export function customExamProblems(issues: readonly z.core.$ZodIssue[]): Record<string, CustomExamProblem> {
  const byPath: Record<string, CustomExamProblem> = {};
  for (const issue of issues) {
    const key = issue.path.join(".") || "input";
    const known = (CUSTOM_EXAM_PROBLEMS as readonly string[]).includes(issue.message);
    byPath[key] ??= known ? (issue.message as CustomExamProblem) : "required";
  }
  return byPath;
}
