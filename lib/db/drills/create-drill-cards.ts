import { db } from "@/lib/db/client";
import { type Drill, drillToCard } from "@/lib/simulator";
import { drillMeta } from "@/lib/validations/simulator";
import { ensureDrillsNote } from "./drills-note";

export interface CreatedDrillCards {
  noteId: string;
  /** Cards added by this call. */
  created: number;
  /** Drills the user already had (same key): left untouched, review history included. */
  existing: number;
}

/**
 * Stores `drills` as active basic cards (origin "drill") of the user's drills note, front and back in
 * `locale`. Idempotent: a drill's key (`sim:<template>:<seed>`) is unique per note, so generating the
 * same seeds twice adds nothing.
 */
export async function createDrillCards(options: {
  userId: string;
  drills: readonly Drill[];
  locale: "en" | "ko";
  noteTitle: string;
}): Promise<CreatedDrillCards> {
  const note = await ensureDrillsNote({ userId: options.userId, title: options.noteTitle });
  // `line` orders new cards within the note (the review queue sorts by it); append after what exists.
  const last = await db().card.aggregate({
    where: { noteId: note.id, userId: options.userId },
    _max: { line: true },
  });
  const firstLine = (last._max.line ?? 0) + 1;
  const result = await db().card.createMany({
    data: options.drills.map((drill, index) => {
      const card = drillToCard(drill, options.locale);
      return {
        userId: options.userId,
        noteId: note.id,
        key: card.key,
        type: "basic",
        origin: "drill",
        front: card.front,
        back: card.back,
        line: firstLine + index,
        meta: drillMeta(drill),
      };
    }),
    skipDuplicates: true,
  });
  return { noteId: note.id, created: result.count, existing: options.drills.length - result.count };
}
