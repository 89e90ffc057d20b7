import { db } from "@/lib/db/client";
import { withReviewState } from "@/lib/notes/write-back";
import { noteReviewStates } from "./note-review-states";

/**
 * The user's notes as files (vault path, text) with their review state written back into the frontmatter
 * (`withReviewState`: only the review and progress keys change), sorted by path. Archived notes and notes
 * Recall made itself (`recall:…`) are left out, as in the API's review state.
 */
export async function notesWithReviewState(options: {
  userId: string;
  now: Date;
}): Promise<{ path: string; content: string }[]> {
  const [states, notes] = await Promise.all([
    noteReviewStates(options),
    db().note.findMany({
      where: { userId: options.userId, archivedAt: null, NOT: { path: { startsWith: "recall:" } } },
      orderBy: { path: "asc" },
      select: { path: true, source: true },
    }),
  ]);
  const stateOf = new Map(states.map((state) => [state.path, state]));
  return notes.map((note) => {
    const state = stateOf.get(note.path);
    return { path: note.path, content: state ? withReviewState(note.source, state) : note.source };
  });
}
