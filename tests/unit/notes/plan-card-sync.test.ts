import { describe, expect, test } from "vitest";
import { type CardSyncPlan, MANUAL_ORIGIN, planCardSync, type StoredCard } from "@/lib/notes/plan-card-sync";
import type { ParsedCard } from "@/lib/notes/types";

const parsed = (id: string, over: Partial<ParsedCard> = {}): ParsedCard => ({
  id,
  type: "basic",
  origin: "cue",
  front: `front ${id}`,
  back: `back ${id}`,
  line: 1,
  suggested: false,
  ...over,
});

const stored = (key: string, over: Partial<StoredCard> = {}): StoredCard => ({
  id: `row-${key}`,
  key,
  type: "basic",
  origin: "cue",
  front: `front ${key}`,
  back: `back ${key}`,
  line: 1,
  status: "active",
  ...over,
});

const plan = (over: Partial<CardSyncPlan>): CardSyncPlan => ({
  create: [],
  update: [],
  archive: [],
  unchanged: 0,
  ...over,
});

describe("planCardSync", () => {
  test.each<[string, StoredCard[], ParsedCard[], CardSyncPlan]>([
    ["a new card is created", [], [parsed("a")], plan({ create: [parsed("a")] })],
    ["an identical card is unchanged", [stored("a")], [parsed("a")], plan({ unchanged: 1 })],
    ["a duplicate parsed id counts once", [stored("a")], [parsed("a"), parsed("a")], plan({ unchanged: 1 })],
    [
      "moved and reworded: line and text update, the row (and its history) stays",
      [stored("a")],
      [parsed("a", { line: 9, back: "new back" })],
      plan({ update: [{ id: "row-a", data: { back: "new back", line: 9 } }] }),
    ],
    ["a card that left the note is archived", [stored("a")], [], plan({ archive: ["row-a"] })],
    ["an already archived card is not archived again", [stored("a", { status: "archived" })], [], plan({})],
    ["a card added in the app is never archived", [stored("m", { origin: MANUAL_ORIGIN })], [], plan({})],
    [
      "an archived card that comes back is restored (suggested ones as suggested)",
      [stored("a", { status: "archived" }), stored("b", { status: "archived" })],
      [parsed("a"), parsed("b", { suggested: true })],
      plan({
        update: [
          { id: "row-a", data: { status: "active" } },
          { id: "row-b", data: { status: "suggested" } },
        ],
      }),
    ],
    [
      "suspended and dropped keep their status",
      [stored("a", { status: "suspended" }), stored("b", { status: "dropped" })],
      [parsed("a"), parsed("b")],
      plan({ unchanged: 2 }),
    ],
    [
      "an edited card keeps its edit while the note's text is the one it was made from",
      [stored("a", { front: "mine", editBaseFront: "front a", editBaseBack: "back a" })],
      [parsed("a")],
      plan({ unchanged: 1 }),
    ],
    [
      "an edited card whose note text changed gets the new text as a conflict, once",
      [stored("a", { front: "mine", editBaseFront: "front a", editBaseBack: "back a" })],
      [parsed("a", { back: "newer" })],
      plan({ update: [{ id: "row-a", data: { conflictFront: "front a", conflictBack: "newer" } }] }),
    ],
    [
      "a conflict already offered is not offered again",
      [
        stored("a", {
          front: "mine",
          editBaseFront: "front a",
          editBaseBack: "back a",
          conflictFront: "front a",
          conflictBack: "newer",
        }),
      ],
      [parsed("a", { back: "newer" })],
      plan({ unchanged: 1 }),
    ],
  ])("%s", (_name, storedCards, parsedCards, expected) => {
    expect(planCardSync(storedCards, parsedCards)).toEqual(expected);
  });
});
