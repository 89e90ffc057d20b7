import { db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";

/** Path of the per-user note that holds simulator drill cards ("recall:" = made by Recall, no file behind it). */
export const DRILLS_NOTE_PATH = "recall:simulator-drills";
/** Subject of the drills note, so quizzes and subject filters pick drills up with the Lambda notes. */
export const DRILLS_SUBJECT = "AWS Lambda";

/**
 * The user's drills note, created on first use with `title` (in the user's language). Safe to call
 * concurrently: the unique (userId, path) index lets one create win and the other reads it.
 */
export async function ensureDrillsNote(options: { userId: string; title: string }): Promise<{ id: string }> {
  const where = { userId_path: { userId: options.userId, path: DRILLS_NOTE_PATH } };
  try {
    return await db().note.upsert({
      where,
      create: {
        userId: options.userId,
        path: DRILLS_NOTE_PATH,
        title: options.title,
        subject: DRILLS_SUBJECT,
        tags: ["simulator", "drill"],
        source: "",
        contentHash: "",
      },
      // An archived drills note comes back when the user asks for drills again.
      update: { archivedAt: null },
      select: { id: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    return db().note.findUniqueOrThrow({ where, select: { id: true } });
  }
}
