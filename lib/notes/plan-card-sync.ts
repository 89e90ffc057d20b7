/**
 * Matching a re-imported note's parsed cards with its stored ones: pure, so the rules are tested as a
 * table (tests/unit/notes/plan-card-sync.test.ts); lib/db/import writes the plan.
 */
import type { ParsedCard } from "./types";

/** The parser's card as import stores it. */
export type ParsedCardInput = ParsedCard;

/** The stored side of a card, as far as syncing with its note is concerned. */
export interface StoredCard {
  id: string;
  key: string;
  type: string;
  origin: string;
  front: string;
  back: string;
  line: number;
  status: "active" | "suggested" | "suspended" | "dropped" | "archived";
  /** Set when the student edited the card: the note's text the edit was made from (front/back hold the edit). */
  editBaseFront?: string | null;
  editBaseBack?: string | null;
  /** The note's newer text waiting for the student's choice, if any. */
  conflictFront?: string | null;
  conflictBack?: string | null;
}

/** Cards the student added in the app: no line of the note makes them, so re-imports leave them alone. */
export const MANUAL_ORIGIN = "manual";

type CardChange = Partial<Omit<StoredCard, "id" | "key" | "editBaseFront" | "editBaseBack">>;

export interface CardSyncPlan {
  create: ParsedCardInput[];
  /** Existing rows whose text, position or status changes; their id and review history stay. */
  update: { id: string; data: CardChange }[];
  /** Rows whose card left the note: archived, never deleted, so their history survives. */
  archive: string[];
  unchanged: number;
}

/**
 * Decides how a re-imported note's cards meet the stored ones, matching on the parser's stable card id.
 * A user's own decisions win: suspended and dropped cards keep that status; an archived card that comes
 * back is restored. An edited card keeps its edit while the note's text for it is the one the edit was
 * made from; when that text changes, the new text is kept beside the edit (`conflictFront/Back`) for the
 * student to pick. Cards added in the app are never archived. Pure, so the rules are tested without a
 * database.
 */
export function planCardSync(stored: readonly StoredCard[], parsed: readonly ParsedCardInput[]): CardSyncPlan {
  const byKey = new Map(stored.map((card) => [card.key, card]));
  const seen = new Set<string>();
  const plan: CardSyncPlan = { create: [], update: [], archive: [], unchanged: 0 };
  for (const card of parsed) {
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const existing = byKey.get(card.id);
    if (!existing) {
      plan.create.push(card);
      continue;
    }
    const data: CardChange = {};
    const edited = existing.editBaseFront != null && existing.editBaseBack != null;
    for (const field of edited
      ? (["type", "origin", "line"] as const)
      : (["type", "origin", "front", "back", "line"] as const)) {
      if (existing[field] !== card[field]) Object.assign(data, { [field]: card[field] });
    }
    const noteChanged = existing.editBaseFront !== card.front || existing.editBaseBack !== card.back;
    const alreadyOffered = existing.conflictFront === card.front && existing.conflictBack === card.back;
    if (edited && noteChanged && !alreadyOffered)
      Object.assign(data, { conflictFront: card.front, conflictBack: card.back });
    if (existing.status === "archived") data.status = card.suggested ? "suggested" : "active";
    if (Object.keys(data).length > 0) plan.update.push({ id: existing.id, data });
    else plan.unchanged += 1;
  }
  for (const card of stored) {
    if (!seen.has(card.key) && card.status !== "archived" && card.origin !== MANUAL_ORIGIN) plan.archive.push(card.id);
  }
  return plan;
}
