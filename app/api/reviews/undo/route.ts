import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { undoReviewSchema } from "@/lib/validations/reviews";
import { parseJson, withUser } from "../../_lib/handler";

/** Undoes the last review; with a requestId only if that answer is still the last one (409 otherwise). */
export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, undoReviewSchema);
  return Response.json(await undoLastReview({ userId: user.id, requestId: input.requestId }));
});
