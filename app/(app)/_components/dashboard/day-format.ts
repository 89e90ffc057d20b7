import type { StudyDay } from "@/lib/schedule";

/** A study day as the Date to hand to next-intl's formatter with `timeZone: "UTC"` (no shift by zone). */
export function dayDate(day: StudyDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

export const mediumDay = { dateStyle: "medium", timeZone: "UTC" } as const;
export const shortDay = { month: "short", day: "numeric", timeZone: "UTC" } as const;

/** The `checkpoint` message's select key: ICU select keys cannot contain "-", so long-term is "longterm". */
export function checkpointKey(label: number | "long-term"): string {
  return label === "long-term" ? "longterm" : String(label);
}
