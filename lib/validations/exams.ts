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
