import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type Drill, type DrillGrade, gradeDrill } from "@/lib/simulator";
import { drillFromMeta } from "@/lib/validations/simulator";

/** One of the user's drill cards as a `Drill`; NOT_FOUND for other users' cards and non-drill cards. */
export async function findDrill(options: { userId: string; cardId: string }): Promise<Drill> {
  const card = await db().card.findFirst({
    where: { id: options.cardId, userId: options.userId, origin: "drill" },
    select: { key: true, meta: true },
  });
  const drill = card ? drillFromMeta(card.key, card.meta) : null;
  if (!drill) throw new AppError("NOT_FOUND", "drill not found", { reason: "not-found" });
  return drill;
}

/**
 * Grades `answer` against the engine's answer stored with the card (the tolerance is the template's,
 * so the browser never decides what counts as right). Returns the grade and the drill it came from.
 */
export async function gradeDrillCard(options: {
  userId: string;
  cardId: string;
  answer: number;
}): Promise<{ drill: Drill; grade: DrillGrade }> {
  const drill = await findDrill(options);
  return { drill, grade: gradeDrill(drill, options.answer) };
}
