import { z } from "zod";
import { isValidTimeZone } from "@/lib/reminders";
import { TARGET_RETENTION_RANGE } from "@/lib/schedule";

/** A whole number typed into a form field (empty or "12.5" are errors, not 0 or 12). */
function wholeNumber(min: number, max: number) {
  return z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
}

/**
 * The study-settings form. Each field's issue is reported under its own name, so the form can show the
 * message next to it; the upper bounds only guard against typos (a cap of 10,000 reviews a day is already
 * more than anyone does).
 */
export const scheduleSettingsSchema = z.object({
  timeZone: z.string().trim().min(1).max(64).refine(isValidTimeZone),
  dayStartHour: wholeNumber(0, 23),
  dailyReviewCap: wholeNumber(0, 10_000),
  dailyNewLimit: wholeNumber(0, 1_000),
  targetRetention: z
    .string()
    .trim()
    .regex(/^(0?\.\d+|1(\.0*)?|0)$/)
    .transform(Number)
    .pipe(z.number().min(TARGET_RETENTION_RANGE.min).max(TARGET_RETENTION_RANGE.max)),
});

export type ScheduleSettingsInput = z.infer<typeof scheduleSettingsSchema>;
export type ScheduleSettingsField = keyof ScheduleSettingsInput;

/** The exam-date form: a calendar date, or empty to clear it. */
export const examDateSchema = z.object({
  examDate: z.union([z.literal(""), z.iso.date()]).transform((value) => value || null),
});
