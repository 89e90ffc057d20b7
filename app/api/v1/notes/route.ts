import { syncNotes } from "@/lib/db/import/sync-notes";
import { listNotesWithCards } from "@/lib/db/notes/list-notes-with-cards";
import { API_LIMITS, putNotesSchema } from "@/lib/validations/api-v1";
import { readJson, withToken } from "../_lib/handler";

export const GET = withToken(async ({ user }) =>
  Response.json({ notes: await listNotesWithCards({ userId: user.id }) }),
);

export const PUT = withToken(async ({ user, request }) => {
  const input = await readJson(request, putNotesSchema, API_LIMITS.notesBodyBytes);
  return Response.json(await syncNotes({ userId: user.id, ...input, now: new Date() }));
});
