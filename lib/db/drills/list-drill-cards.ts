import { db } from "@/lib/db/client";
import { DRILLS_NOTE_PATH } from "./drills-note";

/** The user's drill cards (newest first) with what the simulator page shows; answers stay in `meta`. */
export async function listDrillCards(options: { userId: string; limit?: number }) {
  return db().card.findMany({
    where: {
      userId: options.userId,
      origin: "drill",
      status: { not: "archived" },
      note: { userId: options.userId, path: DRILLS_NOTE_PATH },
    },
    orderBy: [{ line: "desc" }],
    take: options.limit ?? 50,
    select: {
      id: true,
      noteId: true,
      key: true,
      front: true,
      status: true,
      stage: true,
      dueOn: true,
      reps: true,
      meta: true,
    },
  });
}

export type DrillCardRow = Awaited<ReturnType<typeof listDrillCards>>[number];
