import { describe, expect, test } from "vitest";
import { type DueCardRow, studyStreak, summarizeDueCards } from "@/lib/reminders";

const row = (over: Partial<DueCardRow>): DueCardRow => ({
  noteId: "n1",
  noteTitle: "VPC",
  subject: "SAA",
  checkpoint: "1",
  dueOn: "2026-03-10",
  ...over,
});

describe("summarizeDueCards", () => {
  test("groups today's and overdue cards; only today's 4/7/14 checkpoints are 'reaching'", () => {
    const rows = [
      row({ checkpoint: "4" }),
      row({ checkpoint: "7" }),
      row({ noteId: "n2", noteTitle: "IAM", subject: null, checkpoint: "14", dueOn: "2026-03-08" }), // overdue
      row({ noteId: "n3", noteTitle: "S3", subject: "DVA", checkpoint: "long-term" }),
      row({ noteId: "n4", noteTitle: "EC2", subject: "DVA", checkpoint: null }),
      row({ noteId: "n5", noteTitle: "Later", checkpoint: "4", dueOn: "2026-03-11" }), // not due yet
    ];
    const input = structuredClone(rows);
    expect(summarizeDueCards(input, "2026-03-10")).toEqual({
      total: 5,
      dueBySubject: [
        { subject: "DVA", count: 2 },
        { subject: "SAA", count: 2 },
        { subject: null, count: 1 },
      ],
      dueByCheckpoint: [
        { checkpoint: "4", count: 1 },
        { checkpoint: "7", count: 1 },
        { checkpoint: "14", count: 1 },
        { checkpoint: "long-term", count: 2 },
      ],
      notesReachingCheckpoint: [{ noteId: "n1", title: "VPC", checkpoint: "7" }],
    });
    expect(input).toEqual(rows); // inputs are never mutated
  });

  test("nothing due", () => {
    expect(summarizeDueCards([], "2026-03-10")).toEqual({
      total: 0,
      dueBySubject: [],
      dueByCheckpoint: [],
      notesReachingCheckpoint: [],
    });
  });
});

describe("studyStreak", () => {
  test.each<[string[], string, number]>([
    [[], "2026-03-10", 0],
    [["2026-03-10"], "2026-03-10", 1],
    [["2026-03-08", "2026-03-09"], "2026-03-10", 2], // not studied yet today: the streak still holds
    [["2026-03-10", "2026-03-09", "2026-03-09", "2026-03-07"], "2026-03-10", 2],
    [["2026-03-08"], "2026-03-10", 0],
    [["2026-02-28", "2026-03-01"], "2026-03-01", 2], // across a month end
  ])("%o on %s → %i", (days, today, expected) => {
    expect(studyStreak(days, today)).toBe(expected);
  });
});
