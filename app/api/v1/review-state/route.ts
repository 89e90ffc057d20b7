import { noteReviewStates } from "@/lib/db/notes/note-review-states";
import { withToken } from "../_lib/handler";

export const GET = withToken(async ({ user }) =>
  Response.json({ notes: await noteReviewStates({ userId: user.id, now: new Date() }) }),
);
