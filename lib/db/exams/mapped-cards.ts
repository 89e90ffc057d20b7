import type { Prisma } from "@/generated/prisma/client";
import { storedSchedule } from "@/lib/db/cards/schedule-columns";
import { db } from "@/lib/db/client";
import { quizCardColumns, toQuizCard } from "@/lib/db/quiz/select-quiz-cards";
import { type DomainMappingRule, domainOfNote, type ExamProfile, type MockCard } from "@/lib/exams";
import type { CardSchedule } from "@/lib/schedule";

const columns = {
  ...quizCardColumns,
  schedule: true,
  note: { select: { ...quizCardColumns.note.select, frontmatter: true } },
} satisfies Prisma.CardSelect;

export interface MappedCard extends MockCard {
  schedule: CardSchedule;
}

export interface MappedCards {
  /** Active cards of live notes that belong to one of the exam's domains (simulator drills included). */
  mapped: MappedCard[];
  /** Active cards belonging to no domain of this exam. */
  unmappedCount: number;
}

/** The user's tag and subject mappings for one exam. */
export async function findMappingRules(options: { userId: string; examCode: string }): Promise<DomainMappingRule[]> {
  const rows = await db().examDomainMapping.findMany({
    where: { userId: options.userId, examCode: options.examCode },
    select: { kind: true, value: true, domainId: true },
    orderBy: [{ kind: "asc" }, { value: "asc" }],
  });
  return rows.map((r) => ({ kind: r.kind === "subject" ? "subject" : "tag", value: r.value, domainId: r.domainId }));
}

/**
 * Every active card of the user's live notes with the exam domain it belongs to (see `domainOfNote`:
 * frontmatter first, then subject and tag mappings), and its schedule for the forecast.
 */
export async function loadMappedCards(options: { userId: string; profile: ExamProfile }): Promise<MappedCards> {
  const { userId, profile } = options;
  const rules = await findMappingRules({ userId, examCode: profile.code });
  const rows = await db().card.findMany({
    where: { userId, status: "active", note: { archivedAt: null } },
    select: columns,
    orderBy: { id: "asc" },
  });
  const mapped: MappedCard[] = [];
  const byNote = new Map<string, string | undefined>();
  for (const row of rows) {
    if (!byNote.has(row.noteId)) byNote.set(row.noteId, domainOfNote(profile, row.note, rules));
    const domainId = byNote.get(row.noteId);
    if (domainId === undefined) continue;
    mapped.push({ ...toQuizCard(row), domainId, schedule: storedSchedule(row.schedule) });
  }
  return { mapped, unmappedCount: rows.length - mapped.length };
}
