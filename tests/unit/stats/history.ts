import { DateTime } from "luxon";
import type { ReviewRow } from "@/lib/stats";

/** Instant of a wall-clock time in Seoul. */
const kst = (time: string) =>
  DateTime.fromFormat(time, "yyyy-MM-dd HH:mm", { zone: "Asia/Seoul" }).toUTC().toISO() as string;

/**
 * A small hand-made history of one student in Seoul (day starts at 04:00), "today" = 2024-10-27.
 * Comments give the study day in Seoul with the 04:00 day start.
 */
export const HISTORY: readonly ReviewRow[] = [
  {
    reviewedAt: kst("2024-10-20 21:00"),
    grade: null,
    checkpoint: null,
    durationMs: 30_000,
    cardId: "a",
    subject: "AWS",
  }, // 10-20
  {
    reviewedAt: kst("2024-10-20 21:05"),
    grade: null,
    checkpoint: null,
    durationMs: 20_000,
    cardId: "b",
    subject: "AWS",
  }, // 10-20
  {
    reviewedAt: kst("2024-10-22 02:30"),
    grade: "remembered",
    checkpoint: 1,
    durationMs: 10_000,
    cardId: "a",
    subject: "AWS",
  }, // 10-21
  {
    reviewedAt: kst("2024-10-22 09:00"),
    grade: "forgot",
    checkpoint: 1,
    durationMs: 15_000,
    cardId: "b",
    subject: "AWS",
  }, // 10-22
  {
    reviewedAt: kst("2024-10-24 23:00"),
    grade: "remembered",
    checkpoint: 4,
    durationMs: 8_000,
    cardId: "a",
    subject: "AWS",
  }, // 10-24
  {
    reviewedAt: kst("2024-10-25 03:00"),
    grade: null,
    checkpoint: null,
    durationMs: 40_000,
    cardId: "c",
    subject: "Network",
  }, // 10-24
  {
    reviewedAt: kst("2024-10-25 10:00"),
    grade: "remembered",
    checkpoint: 1,
    durationMs: 5_000,
    cardId: "c",
    subject: "Network",
  }, // 10-25
  {
    reviewedAt: kst("2024-10-26 12:00"),
    grade: "remembered",
    checkpoint: 1,
    durationMs: 7_000,
    cardId: "b",
    subject: "AWS",
  }, // 10-26
  {
    reviewedAt: kst("2024-10-27 04:00"),
    grade: "forgot",
    checkpoint: 4,
    durationMs: 12_000,
    cardId: "c",
    subject: "Network",
  }, // 10-27
  {
    reviewedAt: kst("2024-10-27 19:00"),
    grade: "remembered",
    checkpoint: "long-term",
    durationMs: 6_000,
    cardId: "d",
    subject: null,
  }, // 10-27
];

export const TODAY = "2024-10-27";
