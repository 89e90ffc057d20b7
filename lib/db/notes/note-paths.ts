import { db } from "@/lib/db/client";

/** Note id → vault path, for the user's notes among `noteIds` (others' ids are simply absent). */
export async function notePaths(options: { userId: string; noteIds: string[] }): Promise<Map<string, string>> {
  if (options.noteIds.length === 0) return new Map();
  const rows = await db().note.findMany({
    where: { userId: options.userId, id: { in: [...new Set(options.noteIds)] } },
    select: { id: true, path: true },
  });
  return new Map(rows.map((row) => [row.id, row.path]));
}
