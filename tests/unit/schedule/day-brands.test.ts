/**
 * Study days (start at the user's day-start hour) and local days (midnight to midnight) are both
 * `YYYY-MM-DD` strings; their types keep them apart. The `@ts-expect-error` lines are the test: if the
 * brands were dropped, `npx tsc --noEmit` would fail on the unused directives.
 */
import { describe, expect, test } from "vitest";
import { type LocalDay, localDayOf, reminderDayOf } from "@/lib/reminders";
import { type StudyDay, studyDayOf } from "@/lib/schedule";

describe("study days and local days", () => {
  // 02:00 in Seoul with a 04:00 day start: still the previous study day, already the next local day.
  const at = new Date("2026-03-10T17:00:00Z");
  const study: StudyDay = studyDayOf(at, { timeZone: "Asia/Seoul", dayStartHour: 4 });
  const local: LocalDay = localDayOf(at, "Asia/Seoul");

  test("the same instant can be two different days", () => {
    expect(study).toBe("2026-03-10");
    expect(local).toBe("2026-03-11");
  });

  test("the compiler refuses one where the other is expected; conversion is explicit", () => {
    // @ts-expect-error a local day is not a study day
    const wrongStudy: StudyDay = local;
    // @ts-expect-error a study day is not a local day
    const wrongLocal: LocalDay = study;
    const literal: StudyDay = "2026-03-10";
    expect([wrongStudy, wrongLocal, literal]).toEqual(["2026-03-11", "2026-03-10", "2026-03-10"]);
    expect(reminderDayOf(study)).toBe("2026-03-10");
  });
});
