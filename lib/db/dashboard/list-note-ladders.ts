import { db } from "@/lib/db/client";
import { storedSchedule } from "@/lib/db/cards/schedule-columns";
import { type NoteProgress, type StudyDay, noteProgress } from "@/lib/schedule";

export const NOTE_SORTS = ["started", "progress", "title", "subject"] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];

export interface NoteLadderOptions {
  userId: string;
  today: StudyDay;
  subject?: string;
  textbook?: string;
  sort?: NoteSort;
  direction?: "asc" | "desc";
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface NoteLadderRow {
  id: string;
  title: string;
  subject: string | null;
  textbook: string | null;
  progress: NoteProgress;
}

export interface NoteLadders {
  rows: NoteLadderRow[];
  /** Notes matching the filters (all pages). */
  total: number;
  page: number;
  pageCount: number;
  /** Filter choices over all the user's notes. */
  subjects: string[];
  textbooks: string[];
}

interface NoteSummary {
  id: string;
  title: string;
  subject: string | null;
  textbook: string | null;
  startedOn: StudyDay | null;
  fraction: number;
}

/**
 * The notes ladder table. Sorting and paging need every note's start day and progress, which one grouped
 * query computes from the card columns (the progress formula of `cardFraction`: passed checkpoints / 5,
 * long-term = 1); only the shown page's cards are read in full for `noteProgress` (checkpoint dates).
 */
export async function listNoteLadders(options: NoteLadderOptions): Promise<NoteLadders> {
  // A card never forgotten was introduced on its ladder's day 0; lapsed ones restarted later. Reading the
  // exact `introducedOn` from JSON would mean reading every card row, so the sort key uses never-lapsed
  // cards (falling back to any card's day 0); the shown date comes from `noteProgress` and is exact.
  const summaries = await db().$queryRaw<NoteSummary[]>`
    select n.id, n.title, n.subject, n.textbook, s."startedOn", coalesce(s.fraction, 0)::float8 as fraction
    from "Note" n left join (
      select "noteId",
        coalesce(min("firstStudiedOn") filter (where lapses = 0), min("firstStudiedOn"))::text as "startedOn",
        avg(case
          when stage = 'long-term' then 1
          when stage = 'new' then 0
          else (case checkpoint when '4' then 1 when '7' then 2 when '14' then 3 else 0 end) / 5.0
        end) as fraction
      from "Card"
      where "userId" = ${options.userId} and status = 'active'
      group by "noteId"
    ) s on s."noteId" = n.id
    where n."userId" = ${options.userId} and n."archivedAt" is null`;
  const subjects = distinct(summaries.map((s) => s.subject));
  const textbooks = distinct(summaries.map((s) => s.textbook));
  const matching = summaries
    .filter(
      (s) =>
        (!options.subject || s.subject === options.subject) && (!options.textbook || s.textbook === options.textbook),
    )
    .sort(comparator(options.sort ?? "started", options.direction ?? "desc"));
  const pageSize = options.pageSize ?? 25;
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const shown = matching.slice((page - 1) * pageSize, page * pageSize);
  const cards = shown.length
    ? await db().card.findMany({
        where: { userId: options.userId, status: "active", noteId: { in: shown.map((s) => s.id) } },
        select: { noteId: true, schedule: true },
      })
    : [];
  const byNote = new Map<string, unknown[]>();
  for (const card of cards) {
    const list = byNote.get(card.noteId);
    if (list) list.push(card.schedule);
    else byNote.set(card.noteId, [card.schedule]);
  }
  return {
    rows: shown.map((s) => ({
      id: s.id,
      title: s.title,
      subject: s.subject,
      textbook: s.textbook,
      progress: noteProgress((byNote.get(s.id) ?? []).map(storedSchedule), options.today),
    })),
    total: matching.length,
    page,
    pageCount,
    subjects,
    textbooks,
  };
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ""))].sort((a, b) => a.localeCompare(b));
}

/** Orders by the chosen column; notes never studied sort last by start day either way; ties by title. */
function comparator(sort: NoteSort, direction: "asc" | "desc") {
  const sign = direction === "asc" ? 1 : -1;
  const byTitle = (a: NoteSummary, b: NoteSummary) => a.title.localeCompare(b.title);
  return (a: NoteSummary, b: NoteSummary): number => {
    if (sort === "started") {
      if (a.startedOn === null || b.startedOn === null)
        return (a.startedOn === null ? 1 : 0) - (b.startedOn === null ? 1 : 0) || byTitle(a, b);
      return sign * a.startedOn.localeCompare(b.startedOn) || byTitle(a, b);
    }
    if (sort === "progress") return sign * (a.fraction - b.fraction) || byTitle(a, b);
    if (sort === "subject") return sign * (a.subject ?? "").localeCompare(b.subject ?? "") || byTitle(a, b);
    return sign * byTitle(a, b);
  };
}
