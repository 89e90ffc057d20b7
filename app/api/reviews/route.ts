import { recordReview } from "@/lib/db/cards/record-review";
import { answerTime, submitReviewSchema } from "@/lib/validations/reviews";
import { parseJson, withUser } from "../_lib/handler";

export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, submitReviewSchema);
  const result = await recordReview({
    userId: user.id,
    cardId: input.cardId,
    grade: input.grade,
    requestId: input.requestId,
    expectedReps: input.expectedReps,
    durationMs: input.durationMs,
    at: answerTime(input, new Date()),
    source: input.queue === "before-exam" ? "before-exam" : "review",
    settings: user,
  });
  return Response.json(result, { status: result.status === "recorded" ? 201 : 200 });
});
