import ical from "node-ical";
import { describe, expect, test } from "vitest";
import { buildCalendar, type CalendarInput } from "@/lib/reminders";

const input: CalendarInput = {
  days: [
    {
      day: "2026-03-07",
      dueCount: 12,
      bySubject: [
        { subject: "AWS", count: 10 },
        { subject: null, count: 2 },
      ],
    },
    { day: "2026-03-08", dueCount: 1, bySubject: [{ subject: "AWS", count: 1 }] }, // spring forward
    { day: "2026-03-09", dueCount: 0, bySubject: [] }, // no event
    { day: "2026-03-10", dueCount: 5, bySubject: [{ subject: "Network; <b>", count: 5 }] },
  ],
  timeZone: "America/New_York",
  reminderTime: "02:30",
  appUrl: "https://recall.example/review",
  locale: "en",
  now: new Date("2026-03-01T12:00:00Z"),
  calendarId: "u1hash",
};

function events(ics: string) {
  return Object.values(ical.sync.parseICS(ics))
    .filter((c): c is ical.VEvent => c?.type === "VEVENT")
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** node-ical gives `URL;VALUE=URI:…` as `{ params, val }`. */
function urlOf(event: ical.VEvent): string {
  const url: unknown = event.url;
  if (typeof url === "string") return url;
  if (typeof url === "object" && url !== null && "val" in url) return String(url.val);
  return "";
}

describe("buildCalendar", () => {
  test("parses back with one event per day with reviews due, at the DST-resolved reminder time", () => {
    const ics = buildCalendar(input);
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics).toContain("X-WR-CALNAME:Recall reviews");
    const parsed = events(ics);
    expect(parsed.map((e) => [e.uid, e.start.toISOString(), e.end?.toISOString(), e.summary])).toEqual([
      [
        "u1hash-2026-03-07@recall.example",
        "2026-03-07T07:30:00.000Z",
        "2026-03-07T08:00:00.000Z",
        "Recall: 12 cards to review",
      ],
      [
        "u1hash-2026-03-08@recall.example",
        "2026-03-08T07:00:00.000Z",
        "2026-03-08T07:30:00.000Z",
        "Recall: 1 card to review",
      ],
      [
        "u1hash-2026-03-10@recall.example",
        "2026-03-10T06:30:00.000Z",
        "2026-03-10T07:00:00.000Z",
        "Recall: 5 cards to review",
      ],
    ]);
    expect(parsed[0]!.description).toBe("AWS: 10\nNo subject: 2\nhttps://recall.example/review");
    expect(parsed[2]!.description).toContain("Network; <b>: 5"); // text escaping survives the round trip
    expect(urlOf(parsed[0]!)).toBe("https://recall.example/review");
    expect(parsed[0]!.dtstamp?.toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });

  test("is deterministic and has stable UIDs", () => {
    expect(buildCalendar(input)).toBe(buildCalendar(input));
    const later = buildCalendar({ ...input, days: input.days.slice(1) });
    expect(events(later).map((e) => e.uid)).toEqual(
      events(buildCalendar(input))
        .slice(1)
        .map((e) => e.uid),
    );
  });

  test("Korean strings; Seoul has no DST", () => {
    const ics = buildCalendar({ ...input, locale: "ko", timeZone: "Asia/Seoul", reminderTime: "08:00" });
    const parsed = events(ics);
    expect(parsed.map((e) => e.summary)).toEqual(["Recall: 복습 12장", "Recall: 복습 1장", "Recall: 복습 5장"]);
    expect(parsed[0]!.start.toISOString()).toBe("2026-03-06T23:00:00.000Z");
    expect(parsed[0]!.description).toContain("과목 없음: 2");
  });

  test("no days due → a valid empty calendar", () => {
    const ics = buildCalendar({ ...input, days: [] });
    expect(ics).toContain("END:VCALENDAR");
    expect(events(ics)).toEqual([]);
  });

  test("refuses a non-http link", () => {
    expect(() => buildCalendar({ ...input, appUrl: "javascript:alert(1)" })).toThrow();
  });
});
