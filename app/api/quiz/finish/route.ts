import { revalidatePath } from "next/cache";
import { finishQuiz } from "@/lib/db/quiz/finish-quiz";
import { finishQuizSchema } from "@/lib/validations/quiz";
import { parseJson, withUser } from "../../_lib/handler";

/** Submits the quiz (also the timer's auto-submit); finishing again returns the same result. */
export const POST = withUser(async (request, user) => {
  const input = await parseJson(request, finishQuizSchema);
  const result = await finishQuiz({ userId: user.id, quizId: input.quizId, now: new Date() });
  revalidatePath("/quiz");
  revalidatePath("/");
  return Response.json(result);
});
