import { dueCardsForScripts } from "@/lib/db/cards/due-cards-for-scripts";
import { dueQuerySchema } from "@/lib/validations/api-v1";
import { parseWith, withToken } from "../_lib/handler";

export const GET = withToken(async ({ user, request }) => {
  const query = parseWith(dueQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await dueCardsForScripts({ userId: user.id, on: query.on, now: new Date() }));
});
