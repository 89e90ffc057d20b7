import fc from "fast-check";
import { DateTime } from "luxon";
import { expect, test } from "vitest";
import { localDayOf, sendTimeOn } from "@/lib/reminders";

const zones = ["America/New_York", "Europe/London", "Asia/Seoul", "Australia/Lord_Howe", "America/Sao_Paulo", "UTC"];
const day = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

test("the send time falls on the requested local day, at the requested time or the first valid one after", () => {
  fc.assert(
    fc.property(day, time, fc.constantFrom(...zones), (d, t, zone) => {
      const at = sendTimeOn(d, zone, t);
      expect(localDayOf(at, zone)).toBe(d);
      const local = DateTime.fromJSDate(at, { zone });
      const [h, m] = t.split(":").map(Number) as [number, number];
      expect(local.hour * 60 + local.minute).toBeGreaterThanOrEqual(h * 60 + m);
      // No earlier instant has the same wall time (first occurrence on fall-back days).
      const hourEarlier = DateTime.fromJSDate(new Date(at.getTime() - 3_600_000), { zone });
      expect(hourEarlier.toFormat("yyyy-MM-dd HH:mm") === local.toFormat("yyyy-MM-dd HH:mm")).toBe(false);
    }),
    { numRuns: 500 },
  );
});
