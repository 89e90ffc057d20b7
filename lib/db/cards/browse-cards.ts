import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BrowseCardsQuery } from "@/lib/validations/cards";

/** One row of the card browser. */
export interface BrowsedCard {
  id: string;
  front: string;
  back: string;
  status: string;
  stage: string;
  dueOn: Date | null;
  lapses: number;
  reps: number;
  origin: string;
  line: number;
  edited: boolean;
  note: { id: string; title: string; subject: string | null; tags: string[] };
}

export interface BrowseCardsResult {
  cards: BrowsedCard[];
  /** Cards matching the filters, over all pages. */
  total: number;
  page: number;
  pageCount: number;
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function whereOf(userId: string, query: BrowseCardsQuery): Prisma.CardWhereInput {
  const note: Prisma.NoteWhereInput = { archivedAt: null };
  if (query.note) note.title = { contains: query.note, mode: "insensitive" };
  if (query.subject) note.subject = { equals: query.subject, mode: "insensitive" };
  if (query.tag) note.tags = { has: query.tag.replace(/^#/, "") };
  const dueOn: Prisma.DateTimeNullableFilter = {};
  if (query.dueFrom) dueOn.gte = day(query.dueFrom);
  if (query.dueTo) dueOn.lte = day(query.dueTo);
  return {
    userId,
    status: query.status ?? { not: "archived" },
    note,
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.dueFrom || query.dueTo ? { dueOn } : {}),
    ...(query.minLapses !== undefined ? { lapses: { gte: query.minLapses } } : {}),
    ...(query.q
      ? {
          OR: [
            { front: { contains: query.q, mode: "insensitive" } },
            { back: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

function orderOf(query: BrowseCardsQuery): Prisma.CardOrderByWithRelationInput[] {
  const order = query.order;
  // A stable tie-break (id) keeps pages from overlapping when many cards share a value.
  const tail: Prisma.CardOrderByWithRelationInput[] = [{ id: "asc" }];
  switch (query.sort) {
    case "due":
      return [{ dueOn: { sort: order, nulls: "last" } }, ...tail];
    case "lapses":
      return [{ lapses: order }, ...tail];
    case "created":
      return [{ createdAt: order }, ...tail];
    case "note":
      return [{ note: { title: order } }, { line: "asc" }, ...tail];
    case "front":
      return [{ front: order }, ...tail];
  }
}

/**
 * One page of the user's cards across all their notes for the card browser: searched (front/back text),
 * filtered (note title, subject, tag, status, stage, due dates, at least N lapses) and sorted on the
 * server. Archived cards and cards of archived notes are left out unless asked for by status.
 *
 * @example browseCards({ userId, query: { q: "lambda", sort: "lapses", order: "desc", page: 1 }, pageSize: 50 })
 */
export async function browseCards(options: {
  userId: string;
  query: BrowseCardsQuery;
  pageSize: number;
}): Promise<BrowseCardsResult> {
  const where = whereOf(options.userId, options.query);
  const [total, rows] = await db().$transaction([
    db().card.count({ where }),
    db().card.findMany({
      where,
      orderBy: orderOf(options.query),
      skip: (options.query.page - 1) * options.pageSize,
      take: options.pageSize,
      select: {
        id: true,
        front: true,
        back: true,
        status: true,
        stage: true,
        dueOn: true,
        lapses: true,
        reps: true,
        origin: true,
        line: true,
        editedAt: true,
        note: { select: { id: true, title: true, subject: true, tags: true } },
      },
    }),
  ]);
  const cards = rows.map(({ editedAt, ...card }) => ({ ...card, edited: editedAt !== null }));
  return { cards, total, page: options.query.page, pageCount: Math.max(1, Math.ceil(total / options.pageSize)) };
}
