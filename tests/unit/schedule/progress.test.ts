import { describe, expect, test } from "vitest";
import { type CardSchedule, firstStudy, newCard, noteProgress, progressBar, reviewCard } from "@/lib/schedule";
import { settingsFor } from "./helpers";

const settings = settingsFor("Asia/Seoul");
const at = (day: string | null) => new Date(`${day}T01:00:00Z`); // 10:00 in Seoul

/** A card first studied on `start` and answered Remembered on time `steps` times. */
function climbed(start: string, steps: number): CardSchedule {
  let card = firstStudy(newCard(), at(start), settings).card;
  for (let i = 0; i < steps; i++) card = reviewCard(card, "remembered", at(card.dueOn), settings).card;
  return card;
}

describe("progressBar", () => {
  test.each([
    [0, "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%"],
    [0.2, "🟩🟩⬜⬜⬜⬜⬜⬜⬜⬜ 20%"],
    [0.6, "🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%"],
    [0.55, "🟩🟩🟩🟩🟩⬜⬜⬜⬜⬜ 55%"],
    [0.999, "🟩🟩🟩🟩🟩🟩🟩🟩🟩⬜ 99%"],
    [1, "🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%"],
    [1.5, "🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%"],
    [-1, "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%"],
    [Number.NaN, "⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%"],
    [(0.7 * 3) / 3.5, "🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%"],
  ])("progressBar(%f) = %s", (fraction, expected) => {
    expect(progressBar(fraction)).toBe(expected);
  });
});

describe("noteProgress", () => {
  test("the students' note: first studied 2024-09-28, 1/4/7 done, on 2024-10-27 → 60%, 29일째", () => {
    const progress = noteProgress([climbed("2024-09-28", 3), climbed("2024-09-28", 3)], "2024-10-27");
    expect(progress).toMatchObject({
      startedOn: "2024-09-28",
      daysSinceStart: 29,
      longTerm: false,
      fraction: 0.6,
      percent: 60,
      bar: "🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%",
      nextDueOn: "2024-10-12",
      counts: { total: 2, new: 0, ladder: 2, longTerm: 0 },
    });
    expect(progress.checkpoints).toEqual([
      { checkpoint: 1, done: true, dueOn: null },
      { checkpoint: 4, done: true, dueOn: null },
      { checkpoint: 7, done: true, dueOn: null },
      // overdue: projected to today
      { checkpoint: 14, done: false, dueOn: "2024-10-27" },
    ]);
  });

  test("a checkpoint is done only when every card passed it; dates follow the slowest card", () => {
    const ahead = climbed("2024-09-28", 2); // passed 1 and 4, due 10-05 for 7
    const lapsed = reviewCard(climbed("2024-09-28", 1), "forgot", at("2024-10-02"), settings).card; // restarted 10-02
    const progress = noteProgress([ahead, lapsed], "2024-10-03");
    expect(progress.checkpoints).toEqual([
      { checkpoint: 1, done: false, dueOn: "2024-10-03" },
      { checkpoint: 4, done: false, dueOn: "2024-10-06" },
      { checkpoint: 7, done: false, dueOn: "2024-10-09" },
      { checkpoint: 14, done: false, dueOn: "2024-10-16" },
    ]);
    expect(progress).toMatchObject({
      startedOn: "2024-09-28",
      daysSinceStart: 5,
      nextDueOn: "2024-10-03",
      percent: 20,
    });
  });

  test("all cards long-term: 100 %, long-term flag", () => {
    const progress = noteProgress([climbed("2024-09-28", 4), climbed("2024-09-29", 4)], "2024-11-01");
    expect(progress).toMatchObject({ longTerm: true, percent: 100, startedOn: "2024-09-28" });
    expect(progress.checkpoints.every((c) => c.done)).toBe(true);
  });

  test("a new card holds every checkpoint back and counts as 0", () => {
    const progress = noteProgress([climbed("2024-09-28", 4), newCard()], "2024-11-01");
    expect(progress).toMatchObject({ longTerm: false, percent: 50, counts: { new: 1, longTerm: 1 } });
    expect(progress.checkpoints.map((c) => c.done)).toEqual([false, false, false, false]);
  });

  test("not started, and empty", () => {
    expect(noteProgress([newCard()], "2024-11-01")).toMatchObject({
      startedOn: null,
      daysSinceStart: null,
      percent: 0,
      nextDueOn: null,
      longTerm: false,
    });
    expect(noteProgress([], "2024-11-01")).toMatchObject({ startedOn: null, percent: 0, longTerm: false });
  });
});
