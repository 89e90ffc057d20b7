import { feedbackView } from "@/app/(app)/quiz/_lib/views";
import { answerQuestion } from "@/lib/db/quiz/answer-question";
import { answerQuestionSchema } from "@/lib/validations/quiz";
import { parseJson, withUser } from "../../_lib/handler";

/** Saves one answer; practice mode answers with feedback, exam mode with `{ saved: true }`. */
export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, answerQuestionSchema);
  const result = await answerQuestion({ ...input, userId: user.id, now: new Date() });
  return Response.json(result.mode === "practice" ? { ...result, feedback: feedbackView(result.feedback) } : result);
});
