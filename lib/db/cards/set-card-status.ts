import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type CardAction = "suspend" | "resume" | "accept" | "drop" | "restore";

/** Which status each action moves a card from and to: the user's choices over a card's life. */
export const TRANSITIONS: Record<
  CardAction,
  { from: readonly string[]; to: "active" | "suspended" | "dropped" | "suggested" }
> = {
  suspend: { from: ["active"], to: "suspended" },
  resume: { from: ["suspended"], to: "active" },
  accept: { from: ["suggested"], to: "active" },
  drop: { from: ["suggested"], to: "dropped" },
  restore: { from: ["dropped"], to: "suggested" },
};

/**
 * Applies a user's decision to one of their cards. An accepted suggestion starts as a new card; a
 * suspended card keeps its schedule and comes back where it was. Other users' cards are NOT_FOUND.
 */
export async function setCardStatus(options: { userId: string; cardId: string; action: CardAction }): Promise<void> {
  const transition = TRANSITIONS[options.action];
  const updated = await db().card.updateMany({
    where: { id: options.cardId, userId: options.userId, status: { in: [...transition.from] as never[] } },
    data: { status: transition.to },
  });
  if (updated.count === 1) return;
  const exists = await db().card.findFirst({
    where: { id: options.cardId, userId: options.userId },
    select: { status: true },
  });
  if (!exists) throw new AppError("NOT_FOUND", "card not found", { reason: "not-found" });
  throw new AppError("CONFLICT", `a ${exists.status} card cannot be changed with "${options.action}"`, {
    reason: "stale-card",
  });
}
