import { describe, expect, test } from "vitest";
import { formatDateTime } from "@/lib/i18n/date-time";

const afternoon = new Date("2026-12-02T04:21:00Z"); // 13:21 in Seoul
const morning = new Date("2026-12-01T23:05:00Z"); // 08:05 in Seoul
const withTime = {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "Asia/Seoul",
} as const;

describe("formatDateTime", () => {
  test("Korean times read 오전/오후, never AM/PM", () => {
    expect(formatDateTime(afternoon, { locale: "ko", ...withTime })).toBe("12월 2일 오후 1:21");
    expect(formatDateTime(morning, { locale: "ko", ...withTime })).toBe("12월 2일 오전 8:05");
    const medium = formatDateTime(afternoon, {
      locale: "ko",
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Seoul",
    });
    expect(medium).toContain("오후 1:21");
    expect(medium).not.toMatch(/[AP]M/);
  });

  test("English keeps AM/PM and the time zone decides the hour", () => {
    expect(formatDateTime(afternoon, { locale: "en", ...withTime })).toMatch(/^Dec 2, 1:21\sPM$/);
    expect(formatDateTime(afternoon, { locale: "en", ...withTime, timeZone: "UTC" })).toMatch(/^Dec 2, 4:21\sAM$/);
  });
});
