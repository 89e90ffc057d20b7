import { undoLastReview } from "@/lib/db/cards/undo-last-review";
import { withUser } from "../../_lib/handler";

export const POST = withUser(async (_request, user) => Response.json(await undoLastReview({ userId: user.id })));
