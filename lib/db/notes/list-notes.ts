import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";

export interface NoteListFilters {
  userId: string;
  query?: string;
  subject?: string;
  tag?: string;
}

/** The user's notes matching a text search (title or body) and subject/tag filters, with card counts. */
export async function listNotes(filters: NoteListFilters) {
  const query = filters.query?.trim().normalize("NFC");
  const where: Prisma.NoteWhereInput = {
    userId: filters.userId,
    archivedAt: null,
    ...(filters.subject ? { subject: filters.subject } : {}),
    ...(filters.tag ? { tags: { has: filters.tag } } : {}),
    ...(query
      ? {
          OR: [
            { title: { contains: query, mode: "insensitive" } },
            { source: { contains: query, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [notes, subjects, tags] = await Promise.all([
    db().note.findMany({
      where,
      orderBy: [{ subject: "asc" }, { title: "asc" }],
      take: 500,
      select: {
        id: true,
        title: true,
        path: true,
        subject: true,
        tags: true,
        warnings: true,
        updatedAt: true,
        _count: { select: { cards: { where: { status: { in: ["active", "suspended"] } } } } },
      },
    }),
    db().note.findMany({
      where: { userId: filters.userId, archivedAt: null, subject: { not: null } },
      distinct: ["subject"],
      select: { subject: true },
      orderBy: { subject: "asc" },
    }),
    db().$queryRaw<{ tag: string }[]>`
      select distinct unnest(tags) as tag from "Note" where "userId" = ${filters.userId} and "archivedAt" is null order by 1`,
  ]);
  return {
    notes: notes.map((note) => ({
      ...note,
      cardCount: note._count.cards,
      warningCount: Array.isArray(note.warnings) ? note.warnings.length : 0,
    })),
    subjects: subjects.map((row) => row.subject as string),
    tags: tags.map((row) => row.tag),
  };
}

/** Maps note titles (and file names without .md) to ids, so wikilinks in a note can link to their targets. */
export async function noteLinkTargets(userId: string): Promise<Map<string, string>> {
  const notes = await db().note.findMany({
    where: { userId, archivedAt: null },
    select: { id: true, title: true, path: true },
  });
  const targets = new Map<string, string>();
  for (const note of notes) {
    const fileName = note.path.split("/").at(-1)?.replace(/\.md$/i, "");
    if (fileName) targets.set(fileName.toLowerCase(), note.id);
    targets.set(note.title.toLowerCase(), note.id);
  }
  return targets;
}
