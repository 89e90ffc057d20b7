import { revalidatePath } from "next/cache";
import { feedbackView } from "@/app/(app)/quiz/_lib/views";
import { overrideAnswer } from "@/lib/db/quiz/override-answer";
import { overrideAnswerSchema } from "@/lib/validations/quiz";
import { parseJson, withUser } from "../../_lib/handler";

/** "I was right" for a typed answer graded wrong. */
export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, overrideAnswerSchema);
  const feedback = await overrideAnswer({ ...input, userId: user.id });
  revalidatePath(`/quiz/${input.quizId}/results`);
  return Response.json({ feedback: feedbackView(feedback) });
});
