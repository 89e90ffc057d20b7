import { notesWithReviewState } from "@/lib/db/notes/notes-with-review-state";
import { zipNotesStream } from "@/lib/server/notes/zip-notes";
import { withUser } from "../../_lib/handler";

/** The notes page's "Download my notes with review state": a zip of the vault with frontmatter written back. */
export const GET = withUser(async (_request, user) => {
  const now = new Date();
  const files = await notesWithReviewState({ userId: user.id, now });
  return new Response(zipNotesStream(files), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="recall-notes-${now.toISOString().slice(0, 10)}.zip"`,
      "Cache-Control": "no-store",
    },
  });
});
