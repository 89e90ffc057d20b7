import { countDueOn } from "@/lib/db/cards/load-review-session";
import { addDays, studyDayOf } from "@/lib/schedule";
import { withUser } from "../../_lib/handler";

export const dynamic = "force-dynamic";

/** What the end-of-session summary needs from the server: the cards due tomorrow. */
export const GET = withUser(async (_request, user) => {
  const today = studyDayOf(new Date(), user);
  const tomorrow = addDays(today, 1);
  return Response.json({ tomorrow, dueTomorrow: await countDueOn({ userId: user.id, day: tomorrow }) });
});
