import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, dueAfterSettingsChange, firstStudy, newCard, reviewCard, studyDayOf } from "@/lib/schedule";
import { local, settingsFor } from "./helpers";

const utc = settingsFor("UTC");
const seoul = settingsFor("Asia/Seoul");

describe("changing the time zone", () => {
  test("a card first studied at 09:00 in Seoul under UTC is not due again that Seoul day", () => {
    const morning = local("2026-12-02 09:00", "Asia/Seoul"); // 00:00 UTC: before 04:00, so UTC study day 1 Dec
    const { card } = firstStudy(newCard(), morning, utc);
    expect(card.firstStudiedOn).toBe("2026-12-01");
    expect(card.dueOn).toBe("2026-12-02");
    expect(studyDayOf(morning, seoul)).toBe("2026-12-02");
    expect(dueAfterSettingsChange(card, seoul)).toBe("2026-12-03");
  });

  test("a due day far enough ahead, a long-term card, or a move west keeps its date", () => {
    const answered = local("2026-12-02 10:00", "Asia/Seoul");
    const { card } = firstStudy(newCard(), answered, seoul);
    expect(card.dueOn).toBe("2026-12-03");
    expect(dueAfterSettingsChange(card, settingsFor("America/Los_Angeles"))).toBe("2026-12-03");
    expect(dueAfterSettingsChange(card, utc)).toBe("2026-12-03");
    expect(dueAfterSettingsChange({ ...card, dueOn: "2027-02-01" }, seoul)).toBe("2027-02-01");
    expect(dueAfterSettingsChange(newCard(), seoul)).toBeNull();
  });

  test("a later day-start hour or a zone further east keeps a due day that is already after the answer day", () => {
    const early = local("2026-12-02 05:00", "Asia/Seoul");
    const { card } = reviewCard(
      firstStudy(newCard(), local("2026-11-30 20:00", "Asia/Seoul"), seoul).card,
      "forgot",
      early,
      seoul,
    );
    expect(card.dueOn).toBe("2026-12-03");
    expect(dueAfterSettingsChange(card, settingsFor("Asia/Seoul", 6))).toBe("2026-12-03");
    expect(dueAfterSettingsChange(card, settingsFor("Pacific/Kiritimati", 0))).toBe("2026-12-03");
  });

  test("for any answer and any pair of zones: never earlier than before, never due on the new answer day", () => {
    const zones = [
      "UTC",
      "Asia/Seoul",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Asia/Kolkata",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 23 }),
        (ms, fromZone, toZone, fromHour, toHour) => {
          const before = settingsFor(fromZone, fromHour);
          const after = settingsFor(toZone, toHour);
          const at = new Date(ms);
          const { card } = firstStudy(newCard(), at, before);
          const due = dueAfterSettingsChange(card, after);
          expect(due! >= card.dueOn!).toBe(true);
          expect(due! > studyDayOf(at, after)).toBe(true);
          expect(due! <= addDays(studyDayOf(at, after), 1) || due === card.dueOn).toBe(true);
        },
      ),
    );
  });
});
