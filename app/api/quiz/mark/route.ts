import { markQuestion } from "@/lib/db/quiz/mark-question";
import { markQuestionSchema } from "@/lib/validations/quiz";
import { parseJson, withUser } from "../../_lib/handler";

/** Flags a question and/or records time spent on it without answering. */
export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, markQuestionSchema);
  return Response.json(await markQuestion({ ...input, userId: user.id, now: new Date() }));
});
