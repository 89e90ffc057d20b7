import { z } from "zod";
import { findImportProgress } from "@/lib/db/import/import-progress";
import { withUser } from "../../_lib/handler";

export const dynamic = "force-dynamic";

const query = z.object({ id: z.uuid() });

/** How far the signed-in user's running upload has got: `{ done, total }` notes, or 404 once it has ended. */
export const GET = withUser(async (request, user) => {
  const parsed = query.safeParse({ id: new URL(request.url).searchParams.get("id") });
  if (!parsed.success) return Response.json({ error: "INVALID_INPUT", reason: "invalid-input" }, { status: 400 });
  const progress = await findImportProgress({ id: parsed.data.id, userId: user.id });
  if (!progress) return Response.json({ error: "NOT_FOUND", reason: "not-found" }, { status: 404 });
  return Response.json(progress);
});
