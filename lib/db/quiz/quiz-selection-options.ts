import { db } from "@/lib/db/client";
import { weakSpotFilter } from "./select-quiz-cards";

export interface QuizSelectionOptions {
  notes: { id: string; title: string; subject: string | null; cardCount: number }[];
  subjects: { name: string; cardCount: number }[];
  tags: { name: string; cardCount: number }[];
  weakCount: number;
  totalCards: number;
}

/** What the quiz builder offers: the user's notes, subjects and tags with their quizzable card counts. */
export async function quizSelectionOptions(options: { userId: string; now: Date }): Promise<QuizSelectionOptions> {
  const { userId } = options;
  const where = { userId, status: "active" as const, note: { archivedAt: null } };
  const [perNote, notes, weakCount] = await Promise.all([
    db().card.groupBy({ by: ["noteId"], where, _count: { _all: true } }),
    db().note.findMany({
      where: { userId, archivedAt: null },
      orderBy: [{ subject: "asc" }, { title: "asc" }],
      select: { id: true, title: true, subject: true, tags: true },
    }),
    db().card.count({ where: { AND: [where, weakSpotFilter(userId, options.now)] } }),
  ]);
  const counts = new Map(perNote.map((row) => [row.noteId, row._count._all]));
  const withCards = notes
    .map((note) => ({ ...note, cardCount: counts.get(note.id) ?? 0 }))
    .filter((note) => note.cardCount > 0);
  const tally = (keys: (note: (typeof withCards)[number]) => string[]) => {
    const totals = new Map<string, number>();
    for (const note of withCards)
      for (const key of keys(note)) totals.set(key, (totals.get(key) ?? 0) + note.cardCount);
    return [...totals].map(([name, cardCount]) => ({ name, cardCount })).sort((a, b) => a.name.localeCompare(b.name));
  };
  return {
    notes: withCards.map(({ tags: _tags, ...note }) => note),
    subjects: tally((note) => (note.subject ? [note.subject] : [])),
    tags: tally((note) => [...new Set(note.tags)]),
    weakCount,
    totalCards: withCards.reduce((sum, note) => sum + note.cardCount, 0),
  };
}
