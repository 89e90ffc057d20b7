import { z } from "zod";

const MAX_QUEUED_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** One answer from the review page; `answeredAt` lets answers queued while offline keep their time. */
export const submitReviewSchema = z.object({
  cardId: z.string().min(1).max(64),
  grade: z.enum(["remembered", "forgot"]),
  requestId: z.string().min(8).max(100),
  expectedReps: z.number().int().min(0).optional(),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
  answeredAt: z.iso.datetime({ offset: true }).optional(),
  /** Which queue the answer came from: "before-exam" answers are recorded outside the schedule. */
  queue: z.enum(["due", "before-exam"]).optional(),
});

export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

/** The answer's time: the client's when plausible (not in the future, not over a week old), else now. */
export function answerTime(input: Pick<SubmitReviewInput, "answeredAt">, now: Date): Date {
  if (!input.answeredAt) return now;
  const at = new Date(input.answeredAt);
  const age = now.getTime() - at.getTime();
  return age < 0 || age > MAX_QUEUED_AGE_MS ? now : at;
}

/** Undo from the review page: the answer to take back, when the page knows it. */
export const undoReviewSchema = z.object({ requestId: z.string().min(8).max(100).optional() });
