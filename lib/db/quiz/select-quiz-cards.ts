import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { NumericAnswer, QuizCard, QuizCardType } from "@/lib/quiz";
import { drillAllowedError } from "@/lib/simulator";
import { drillFromMeta } from "@/lib/validations/simulator";
import type { QuizSelection } from "@/lib/validations/quiz";

/** A card answered "forgot" this recently is a weak spot even if it has since been relearned. */
export const WEAK_SPOT_DAYS = 7;
/** Enough other answers to draw distractors from without loading a whole vault. */
const DISTRACTOR_POOL_LIMIT = 3000;

/** The card columns a quiz question is built from (exam mocks add the schedule and frontmatter). */
export const quizCardColumns = {
  id: true,
  key: true,
  type: true,
  origin: true,
  front: true,
  back: true,
  line: true,
  noteId: true,
  meta: true,
  note: { select: { title: true, path: true, subject: true, tags: true } },
} satisfies Prisma.CardSelect;

type CardRow = Prisma.CardGetPayload<{ select: typeof quizCardColumns }>;

/**
 * Cloze cards are asked as cloze; table cells ("<row> — <column>?" → value) are facts that can be stated
 * true or false; everything else is question/answer.
 */
function quizTypeOf(row: Pick<CardRow, "type" | "origin">): QuizCardType {
  if (row.type === "cloze") return "cloze";
  return row.origin === "table" ? "fact" : "qa";
}

/** Card + note row → what `buildQuiz` takes. */
export function toQuizCard(row: CardRow): QuizCard {
  return {
    id: row.id,
    noteId: row.noteId,
    noteTitle: row.note.title,
    notePath: row.note.path,
    line: row.line,
    subject: row.note.subject,
    tags: row.note.tags,
    type: quizTypeOf(row),
    front: row.front,
    back: row.back,
    numeric: numericAnswerOf(row),
  };
}

/** Simulator drills are typed numeric questions, graded with the drill's own tolerance. */
function numericAnswerOf(row: Pick<CardRow, "origin" | "key" | "meta">): NumericAnswer | undefined {
  if (row.origin !== "drill") return undefined;
  const drill = drillFromMeta(row.key, row.meta);
  return drill ? { value: drill.answer, allowedError: drillAllowedError(drill) } : undefined;
}

/** Active cards of live notes (simulator drills included: they are asked as numeric questions). */
function quizzable(userId: string): Prisma.CardWhereInput {
  return { userId, status: "active", note: { archivedAt: null } };
}

/** Cards with lapses, or forgotten in the last `WEAK_SPOT_DAYS` days. */
export function weakSpotFilter(userId: string, now: Date): Prisma.CardWhereInput {
  const since = new Date(now.getTime() - WEAK_SPOT_DAYS * 24 * 60 * 60 * 1000);
  return {
    OR: [
      { lapses: { gt: 0 } },
      { reviews: { some: { userId, grade: "forgot", undoneAt: null, reviewedAt: { gte: since } } } },
    ],
  };
}

function selectionFilter(userId: string, selection: QuizSelection, now: Date): Prisma.CardWhereInput {
  switch (selection.kind) {
    case "notes":
      return { noteId: { in: selection.values } };
    case "subjects":
      return { note: { subject: { in: selection.values } } };
    case "tags":
      return { note: { tags: { hasSome: selection.values } } };
    case "weak":
      return weakSpotFilter(userId, now);
  }
}

/**
 * The selected cards and a pool of the user's other cards in the same subjects (distractors only).
 * An empty `values` list selects nothing (except for weak spots, which take no values).
 */
export async function selectQuizCards(options: { userId: string; selection: QuizSelection; now: Date }) {
  const { userId, selection } = options;
  if (selection.kind !== "weak" && selection.values.length === 0) return { cards: [], pool: [] };
  const rows = await db().card.findMany({
    where: { AND: [quizzable(userId), selectionFilter(userId, selection, options.now)] },
    select: quizCardColumns,
  });
  const cards = rows.map(toQuizCard);
  const subjects = [...new Set(cards.map((card) => card.subject))];
  const chosen = new Set(cards.map((card) => card.id));
  const poolRows =
    cards.length === 0
      ? []
      : await db().card.findMany({
          where: {
            AND: [
              quizzable(userId),
              {
                OR: [
                  { note: { subject: { in: subjects.filter((s): s is string => s !== null) } } },
                  ...(subjects.includes(null) ? [{ note: { subject: null } }] : []),
                ],
              },
            ],
          },
          orderBy: { id: "asc" },
          take: DISTRACTOR_POOL_LIMIT,
          select: quizCardColumns,
        });
  return { cards, pool: poolRows.filter((row) => !chosen.has(row.id)).map(toQuizCard) };
}
