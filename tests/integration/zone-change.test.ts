import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { findDueCards } from "@/lib/db/cards/find-due-cards";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { updateScheduleSettings } from "@/lib/db/users/update-schedule-settings";
import { DEFAULT_SCHEDULE_SETTINGS } from "@/lib/schedule";
import { makeNoteWithCards, makeUser } from "./helpers";

test("switching UTC → Asia/Seoul: cards first studied that Seoul morning are not due again the same day", async () => {
  const user = await makeUser({ timeZone: "UTC", dayStartHour: 4 });
  const note = await makeNoteWithCards(user.id, 2);
  const [morning, older] = note.cards;
  const morningAt = new Date("2026-12-02T00:30:00Z"); // 09:30 in Seoul; study day 1 Dec under UTC
  await recordReview({
    userId: user.id,
    cardId: morning!.id,
    grade: "remembered",
    requestId: randomUUID(),
    at: morningAt,
  });
  // Studied two days earlier: due on its ladder date, which the zone change must leave alone.
  await recordReview({
    userId: user.id,
    cardId: older!.id,
    grade: "remembered",
    requestId: randomUUID(),
    at: new Date("2026-11-30T12:00:00Z"),
  });
  const dueUnderUtc = await findDueCards({ userId: user.id, on: "2026-12-02" });
  expect(dueUnderUtc.map((card) => card.id).sort()).toEqual([morning!.id, older!.id].sort());
  const movedBefore = await db().card.findUniqueOrThrow({ where: { id: morning!.id } });
  expect(movedBefore.firstStudiedOn?.toISOString().slice(0, 10)).toBe("2026-12-01");

  const result = await updateScheduleSettings({
    userId: user.id,
    ...DEFAULT_SCHEDULE_SETTINGS,
    timeZone: "Asia/Seoul",
    dayStartHour: 4,
    now: new Date("2026-12-02T01:00:00Z"),
  });

  // Seoul's 2 December: the morning card is not due; the older card is (its checkpoint-1 date, 1 December).
  const dueToday = await findDueCards({ userId: user.id, on: "2026-12-02" });
  expect(dueToday.map((card) => card.id)).toEqual([older!.id]);
  const dueTomorrow = await findDueCards({ userId: user.id, on: "2026-12-03" });
  expect(dueTomorrow.map((card) => [card.id, card.due])).toContainEqual([morning!.id, "2026-12-03"]);
  // The study day already taken stays what it was.
  const moved = await db().card.findUniqueOrThrow({ where: { id: morning!.id } });
  expect(moved.firstStudiedOn?.toISOString().slice(0, 10)).toBe("2026-12-01");
  expect((moved.schedule as { dueOn: string }).dueOn).toBe("2026-12-03");
  expect(result.cardsMoved).toBe(1);
});
