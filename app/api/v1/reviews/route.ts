import { randomUUID } from "node:crypto";
import { recordReview } from "@/lib/db/cards/record-review";
import { API_LIMITS, reviewRequestSchema } from "@/lib/validations/api-v1";
import { readJson, withToken } from "../_lib/handler";

/** The same rules as `cli review`: no request id means a fresh one; no time means now. */
export const POST = withToken(async ({ user, request }) => {
  const input = await readJson(request, reviewRequestSchema, API_LIMITS.smallBodyBytes);
  const result = await recordReview({
    userId: user.id,
    cardId: input.cardId,
    grade: input.grade,
    requestId: input.requestId ?? randomUUID(),
    at: input.at ? new Date(input.at) : new Date(),
    durationMs: input.durationMs,
    source: "api",
    settings: user,
  });
  return Response.json(result, { status: result.status === "recorded" ? 201 : 200 });
});
