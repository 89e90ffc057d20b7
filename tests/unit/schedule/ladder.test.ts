import { describe, expect, test } from "vitest";
import { type CardSchedule, type Grade, addDays, checkpointOf, firstStudy, newCard, reviewCard } from "@/lib/schedule";
import { deepFreeze, local, settingsFor } from "./helpers";

type Step = [
  localTime: string,
  grade: Grade | "study",
  studyDay: string,
  dueAfter: string,
  stage: CardSchedule["stage"],
];

/** Runs a walk of local wall-clock answers and checks each study day, due date and stage. */
function walk(zone: string, dayStartHour: number, steps: readonly Step[]): CardSchedule {
  const settings = settingsFor(zone, dayStartHour);
  let card = deepFreeze(newCard());
  for (const [time, grade, studyDay, dueAfter, stage] of steps) {
    const now = local(time, zone);
    const result = grade === "study" ? firstStudy(card, now, settings) : reviewCard(card, grade, now, settings);
    expect({ at: time, studyDay: result.log.studyDay, dueOn: result.card.dueOn, stage: result.card.stage }).toEqual({
      at: time,
      studyDay,
      dueOn: dueAfter,
      stage,
    });
    card = deepFreeze(result.card);
  }
  return card;
}

describe("the ladder on time, across zones, day-start hours and DST", () => {
  test.each<[string, string, number, Step[]]>([
    [
      "Seoul, late-night reviews count for the previous day",
      "Asia/Seoul",
      4,
      [
        ["2024-09-28 10:00", "study", "2024-09-28", "2024-09-29", "ladder"],
        ["2024-09-30 02:30", "remembered", "2024-09-29", "2024-10-02", "ladder"],
        ["2024-10-02 21:00", "remembered", "2024-10-02", "2024-10-05", "ladder"],
        ["2024-10-06 03:59", "remembered", "2024-10-05", "2024-10-12", "ladder"],
        ["2024-10-12 04:00", "remembered", "2024-10-12", "2024-12-07", "long-term"],
      ],
    ],
    [
      "New York across the spring-forward night (2024-03-10)",
      "America/New_York",
      4,
      [
        ["2024-03-09 23:00", "study", "2024-03-09", "2024-03-10", "ladder"],
        ["2024-03-11 03:30", "remembered", "2024-03-10", "2024-03-13", "ladder"],
        ["2024-03-13 08:00", "remembered", "2024-03-13", "2024-03-16", "ladder"],
        ["2024-03-16 08:00", "remembered", "2024-03-16", "2024-03-23", "ladder"],
        ["2024-03-23 12:00", "remembered", "2024-03-23", "2024-05-18", "long-term"],
      ],
    ],
    [
      "New York, midnight day start, across the fall-back night (2024-11-03)",
      "America/New_York",
      0,
      [
        ["2024-10-20 23:59", "study", "2024-10-20", "2024-10-21", "ladder"],
        ["2024-10-21 00:00", "remembered", "2024-10-21", "2024-10-24", "ladder"],
        ["2024-10-24 18:00", "remembered", "2024-10-24", "2024-10-27", "ladder"],
        ["2024-10-27 18:00", "remembered", "2024-10-27", "2024-11-03", "ladder"],
        ["2024-11-03 01:30", "remembered", "2024-11-03", "2024-12-29", "long-term"],
      ],
    ],
    [
      "Auckland, the night NZ daylight time ends (2024-04-07)",
      "Pacific/Auckland",
      4,
      [
        ["2024-04-06 22:00", "study", "2024-04-06", "2024-04-07", "ladder"],
        ["2024-04-08 02:30", "remembered", "2024-04-07", "2024-04-10", "ladder"],
        ["2024-04-10 04:00", "remembered", "2024-04-10", "2024-04-13", "ladder"],
        ["2024-04-14 03:00", "remembered", "2024-04-13", "2024-04-20", "ladder"],
        ["2024-04-20 09:00", "remembered", "2024-04-20", "2024-06-15", "long-term"],
      ],
    ],
    [
      "Auckland, day starts at 2, the night NZ daylight time starts (2024-09-29)",
      "Pacific/Auckland",
      2,
      [
        ["2024-09-28 12:00", "study", "2024-09-28", "2024-09-29", "ladder"],
        ["2024-09-29 03:00", "remembered", "2024-09-29", "2024-10-02", "ladder"],
        ["2024-10-03 01:59", "remembered", "2024-10-02", "2024-10-05", "ladder"],
        ["2024-10-05 02:00", "remembered", "2024-10-05", "2024-10-12", "ladder"],
        ["2024-10-12 23:00", "remembered", "2024-10-12", "2024-12-07", "long-term"],
      ],
    ],
    [
      "UTC, day starts at 23",
      "UTC",
      23,
      [
        ["2024-01-01 22:59", "study", "2023-12-31", "2024-01-01", "ladder"],
        ["2024-01-01 23:00", "remembered", "2024-01-01", "2024-01-04", "ladder"],
        ["2024-01-04 22:00", "remembered", "2024-01-03", "2024-01-04", "ladder"],
        ["2024-01-04 23:30", "remembered", "2024-01-04", "2024-01-07", "ladder"],
        ["2024-01-07 23:30", "remembered", "2024-01-07", "2024-01-14", "ladder"],
        ["2024-01-15 22:00", "remembered", "2024-01-14", "2024-03-11", "long-term"],
      ],
    ],
  ])("%s", (_name, zone, dayStartHour, steps) => {
    walk(zone, dayStartHour, steps);
  });

  test("checkpoint dates are whole calendar days from day 0 whatever the zone (same FSRS interval everywhere)", () => {
    const graduations = ["Asia/Seoul", "America/New_York", "Pacific/Auckland", "UTC"].map((zone) => {
      const settings = settingsFor(zone);
      let card = firstStudy(newCard(), local("2024-03-07 12:00", zone), settings).card;
      const dues: (string | null)[] = [card.dueOn];
      while (card.stage === "ladder") {
        card = reviewCard(card, "remembered", local(`${card.dueOn} 12:00`, zone), settings).card;
        dues.push(card.dueOn);
      }
      return dues;
    });
    expect(graduations[0]).toEqual(["2024-03-08", "2024-03-11", "2024-03-14", "2024-03-21", "2024-05-16"]);
    for (const dues of graduations) expect(dues).toEqual(graduations[0]);
  });
});

describe("late reviews: the next checkpoint, or tomorrow if its date is today or past", () => {
  // Day 0 = 2024-01-01 (UTC, day starts at 4); reviews at noon on the given day offsets.
  test.each<[string, number[], string[]]>([
    ["on time", [1, 4, 7, 14], ["2024-01-05", "2024-01-08", "2024-01-15", "long-term"]],
    ["checkpoint 1 two days late", [3], ["2024-01-05"]],
    ["checkpoint 1 on day 4: day 4 is today → tomorrow", [4], ["2024-01-06"]],
    [
      "back after 9 days: one checkpoint a day until 14 is in the future",
      [10, 11, 12],
      ["2024-01-12", "2024-01-13", "2024-01-15"],
    ],
    [
      "back after 9 days, then on time for 14",
      [10, 11, 12, 14],
      ["2024-01-12", "2024-01-13", "2024-01-15", "long-term"],
    ],
    ["back after 19 days", [20, 21, 22, 23], ["2024-01-22", "2024-01-23", "2024-01-24", "long-term"]],
    ["checkpoint 7 a week late", [1, 4, 14], ["2024-01-05", "2024-01-08", "2024-01-16"]],
  ])("%s", (_name, offsets, expected) => {
    const settings = settingsFor("UTC");
    let card = firstStudy(newCard(), new Date("2024-01-01T12:00:00Z"), settings).card;
    const dues = offsets.map((offset) => {
      const day = addDays("2024-01-01", offset);
      const { card: next, log } = reviewCard(card, "remembered", new Date(`${day}T12:00:00Z`), settings);
      expect(log.kind).toBe(day === card.dueOn ? "on-time" : "late");
      expect(log.daysLate).toBe(
        offset - (new Date(`${card.dueOn}T00:00:00Z`).getTime() - Date.UTC(2024, 0, 1)) / 86_400_000,
      );
      card = next;
      return next.stage === "long-term" ? "long-term" : next.dueOn;
    });
    expect(dues).toEqual(expected);
  });
});

describe("early reviews", () => {
  const settings = settingsFor("UTC");
  const start = firstStudy(newCard(), new Date("2024-01-01T12:00:00Z"), settings).card;
  const atCheckpoint4 = reviewCard(start, "remembered", new Date("2024-01-02T12:00:00Z"), settings).card;

  test("Remembered early completes nothing; the due date stays", () => {
    const { card, log } = reviewCard(atCheckpoint4, "remembered", new Date("2024-01-03T12:00:00Z"), settings);
    expect(log).toMatchObject({ kind: "early", daysLate: -2, checkpoint: 4, grade: "remembered" });
    expect(card).toMatchObject({ stage: "ladder", checkpointsDone: [1], dueOn: "2024-01-05", lapses: 0, reps: 3 });
    expect(card.fsrs?.reps).toBe(3);
  });

  test("Forgot early is a lapse: the ladder restarts from today", () => {
    const { card, log } = reviewCard(atCheckpoint4, "forgot", new Date("2024-01-03T12:00:00Z"), settings);
    expect(log.kind).toBe("early");
    expect(card).toMatchObject({
      stage: "ladder",
      firstStudiedOn: "2024-01-03",
      checkpointsDone: [],
      dueOn: "2024-01-04",
      lapses: 1,
    });
    expect(card.introducedOn).toBe("2024-01-01");
  });

  test("Remembered the same day as the first study is early and changes no date", () => {
    const { card, log } = reviewCard(start, "remembered", new Date("2024-01-01T20:00:00Z"), settings);
    expect(log.kind).toBe("early");
    expect(card.dueOn).toBe("2024-01-02");
  });
});

describe("lapses", () => {
  const settings = settingsFor("Asia/Seoul");
  const at = (day: string) => local(`${day} 09:00`, "Asia/Seoul");

  test.each<[string, Grade[], string[], (string | null)[], number]>([
    ["forgot at 1", ["forgot", "remembered"], ["2024-09-29", "2024-09-30"], ["2024-09-30", "2024-10-03"], 1],
    [
      "forgot at 7 restarts from that day",
      ["remembered", "remembered", "forgot", "remembered", "remembered"],
      ["2024-09-29", "2024-10-02", "2024-10-05", "2024-10-06", "2024-10-09"],
      ["2024-10-02", "2024-10-05", "2024-10-06", "2024-10-09", "2024-10-12"],
      1,
    ],
    [
      "forgot at 14, then twice at 1",
      ["remembered", "remembered", "remembered", "forgot", "forgot", "forgot", "remembered"],
      ["2024-09-29", "2024-10-02", "2024-10-05", "2024-10-12", "2024-10-13", "2024-10-14", "2024-10-15"],
      ["2024-10-02", "2024-10-05", "2024-10-12", "2024-10-13", "2024-10-14", "2024-10-15", "2024-10-18"],
      3,
    ],
    ["forgot late", ["forgot"], ["2024-10-20"], ["2024-10-21"], 1],
  ])("%s", (_name, grades, days, dues, lapses) => {
    let card = firstStudy(newCard(), at("2024-09-28"), settings).card;
    grades.forEach((grade, i) => {
      card = reviewCard(card, grade, at(days[i] as string), settings).card;
      expect(card.dueOn).toBe(dues[i]);
    });
    expect(card.lapses).toBe(lapses);
    expect(card.introducedOn).toBe("2024-09-28");
  });

  test("no double lapse in one day; Forgot right after the first study is no lapse", () => {
    let card = firstStudy(newCard(), at("2024-09-28"), settings).card;
    card = reviewCard(card, "forgot", local("2024-09-28 10:00", "Asia/Seoul"), settings).card;
    expect(card.lapses).toBe(0);
    card = reviewCard(card, "remembered", at("2024-09-29"), settings).card;
    card = reviewCard(card, "forgot", local("2024-09-30 09:00", "Asia/Seoul"), settings).card;
    card = reviewCard(card, "forgot", local("2024-09-30 21:00", "Asia/Seoul"), settings).card;
    expect(card).toMatchObject({ lapses: 1, firstStudiedOn: "2024-09-30", dueOn: "2024-10-01", reps: 5 });
  });
});

describe("checkpointOf", () => {
  test("follows the card up the ladder", () => {
    const settings = settingsFor("UTC");
    let card = newCard();
    const seen = [checkpointOf(card)];
    card = firstStudy(card, new Date("2024-01-01T12:00:00Z"), settings).card;
    seen.push(checkpointOf(card));
    while (card.stage !== "long-term") {
      card = reviewCard(card, "remembered", new Date(`${card.dueOn}T12:00:00Z`), settings).card;
      seen.push(checkpointOf(card));
    }
    expect(seen).toEqual([null, 1, 4, 7, 14, "long-term"]);
  });
});

describe("guards", () => {
  const settings = settingsFor("UTC");
  const studied = firstStudy(newCard(), new Date("2024-01-01T12:00:00Z"), settings).card;

  test("first study of a studied card is a CONFLICT", () => {
    expect(() => firstStudy(studied, new Date("2024-01-02T12:00:00Z"), settings)).toThrow(
      expect.objectContaining({ code: "CONFLICT" }),
    );
  });

  test("an answer dated before the last one is INVALID_INPUT", () => {
    expect(() => reviewCard(studied, "remembered", new Date("2024-01-01T11:00:00Z"), settings)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });

  test("reviewing a new card first-studies it and records the grade", () => {
    const { card, log } = reviewCard(newCard(), "forgot", new Date("2024-01-01T12:00:00Z"), settings);
    expect(log).toMatchObject({ kind: "first-study", grade: "forgot", checkpoint: null, daysLate: 0 });
    expect(card).toMatchObject({ stage: "ladder", dueOn: "2024-01-02", lapses: 0 });
  });
});
