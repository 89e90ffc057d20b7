import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import {
  allocateQuestions,
  customExamProfile,
  domainOfNote,
  EXAM_PROFILES,
  findExamProfile,
  frontmatterExam,
  predictReadiness,
  resolveDomain,
  retrievabilityOn,
  scaledScore,
  suggestDomain,
} from "@/lib/exams";
import type { FsrsMemory } from "@/lib/schedule";

const saa = findExamProfile("saa-c03")!;
const weights = (...w: number[]) => w.map((weight, i) => ({ id: String(i + 1), weight }));

describe("exam profiles", () => {
  test.each(EXAM_PROFILES.map((p) => [p.code, p] as const))("%s: weights sum to 100, cited, 100–1000", (_, p) => {
    expect(p.domains.reduce((s, d) => s + d.weight, 0)).toBe(100);
    expect(p.source).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|d1\.awsstatic\.com)\//);
    expect(p.scale).toEqual({ min: 100, max: 1000 });
    expect(p.scoredQuestions + p.unscoredQuestions).toBe(65);
  });

  test("the facts file's numbers for SAA-C03 and DVA-C02; SOA-C02 retired in favour of SOA-C03", () => {
    expect(saa.domains.map((d) => d.weight)).toEqual([30, 26, 24, 20]);
    expect([saa.minutes, saa.passingScore]).toEqual([130, 720]);
    expect(findExamProfile("DVA-C02")?.domains.map((d) => d.weight)).toEqual([32, 26, 24, 18]);
    expect(findExamProfile("SOA-C02")).toMatchObject({ retired: true, replacedBy: "SOA-C03" });
    expect(findExamProfile("CLF-C02")).toMatchObject({ minutes: 90, passingScore: 700 });
  });

  // Typed from the official exam guides (cited in profiles.ts), not from the profiles.
  test.each([
    [
      "SOA-C03",
      130,
      720,
      [
        ["Monitoring, Logging, Analysis, Remediation, and Performance Optimization", 22],
        ["Reliability and Business Continuity", 22],
        ["Deployment, Provisioning, and Automation", 22],
        ["Security and Compliance", 16],
        ["Networking and Content Delivery", 18],
      ],
    ],
    [
      "CLF-C02",
      90,
      700,
      [
        ["Cloud Concepts", 24],
        ["Security and Compliance", 30],
        ["Cloud Technology and Services", 34],
        ["Billing, Pricing, and Support", 12],
      ],
    ],
  ] as const)(
    "%s matches its exam guide: 50 scored + 15 unscored, %i minutes, pass %i, domains",
    (code, minutes, pass, domains) => {
      const profile = findExamProfile(code)!;
      expect(profile).toMatchObject({
        scoredQuestions: 50,
        unscoredQuestions: 15,
        minutes,
        passingScore: pass,
        retired: false,
      });
      expect(profile.domains.map((d) => [d.name.en, d.weight])).toEqual(domains);
      expect(profile.domains.map((d) => d.id)).toEqual(domains.map((_, i) => String(i + 1)));
    },
  );
});

describe("allocateQuestions (largest remainder)", () => {
  test.each([
    [50, [30, 26, 24, 20], [15, 13, 12, 10]],
    // quotas 19.5/16.9/15.6/13 → floors 19/16/15/13, the two spare go to .9 and .6
    [65, [30, 26, 24, 20], [19, 17, 16, 13]],
    [50, [24, 30, 34, 12], [12, 15, 17, 6]],
    // quotas 2.2/2.2/2.2/1.6/1.8 → floors 2/2/2/1/1, spare to .8 then .6
    [10, [22, 22, 22, 16, 18], [2, 2, 2, 2, 2]],
    // 3 of 1/1/1: whole quotas, no remainder
    [3, [1, 1, 1], [1, 1, 1]],
    // 1 of 50/50: the tie goes to the earlier domain
    [1, [50, 50], [1, 0]],
    [0, [30, 70], [0, 0]],
  ])("%i questions of %j → %j", (total, w, expected) => {
    expect(allocateQuestions(weights(...w), total)).toEqual(expected);
  });

  test("a domain with too few cards gets them all; the rest is split among the others by weight", () => {
    // 45 left over 26/24/20: quotas 16.71/15.43/12.86 → 16/15/12, spare to .86 then .71
    const domains = weights(30, 26, 24, 20).map((d, i) => (i === 0 ? { ...d, capacity: 5 } : d));
    expect(allocateQuestions(domains, 50)).toEqual([5, 17, 15, 13]);
  });

  test("never more than all cards together", () => {
    expect(
      allocateQuestions(
        weights(30, 26, 24, 20).map((d) => ({ ...d, capacity: 1 })),
        50,
      ),
    ).toEqual([1, 1, 1, 1]);
  });

  test("bad input is an AppError", () => {
    expect(() => allocateQuestions(weights(0, 0), 5)).toThrow(AppError);
    expect(() => allocateQuestions(weights(1), 2.5)).toThrow(AppError);
  });
});

describe("scaledScore", () => {
  test.each([
    [0.72, 720], // the pass line
    [0.86, 860], // 720 + 0.14/0.28 · 280
    [0.36, 410], // 100 + 0.36/0.72 · 620
    [0, 100],
    [1, 1000],
    [1.2, 1000],
  ])("SAA-C03 %f right → %i", (p, expected) => {
    expect(scaledScore(p, saa)).toBe(expected);
  });

  test("Cloud Practitioner's line is 700 at 70 %; 35 % → 100 + 0.5 · 600", () => {
    const clf = findExamProfile("CLF-C02")!;
    expect(scaledScore(0.7, clf)).toBe(700);
    expect(scaledScore(0.35, clf)).toBe(400);
  });
});

describe("retrievabilityOn (FSRS)", () => {
  const memory = (stability: number, lastReviewOn: string | null): FsrsMemory => ({
    stability,
    difficulty: 5,
    state: "Review",
    reps: 3,
    lapses: 0,
    scheduledDays: 10,
    learningSteps: 0,
    lastReviewOn,
  });

  test("R = 0.9 exactly one stability after the last answer; 1 on its day; 0 when never studied", () => {
    expect(retrievabilityOn({ fsrs: memory(10, "2026-03-01") }, "2026-03-11")).toBeCloseTo(0.9, 6);
    expect(retrievabilityOn({ fsrs: memory(10, "2026-03-01") }, "2026-03-01")).toBe(1);
    expect(retrievabilityOn({ fsrs: null }, "2026-03-11")).toBe(0);
  });

  test("FSRS-6 curve (decay 0.1542): 20 days at S = 10 → (1 + 0.98035 · 2)^−0.1542 ≈ 0.8459; 5 days ≈ 0.9403", () => {
    expect(retrievabilityOn({ fsrs: memory(10, "2026-03-01") }, "2026-03-21")).toBeCloseTo(0.8459, 4);
    expect(retrievabilityOn({ fsrs: memory(10, "2026-03-01") }, "2026-03-06")).toBeCloseTo(0.9403, 4);
  });
});

describe("predictReadiness", () => {
  const exam = (w: number[]) => ({
    ...saa,
    domains: saa.domains.slice(0, w.length).map((d, i) => ({ ...d, weight: w[i]! })),
  });

  test("few cards: expected 0.67 right → 677, a wide range (hand-worked)", () => {
    // A (60 %): r = 0.8, c = 0.8 + 0.2/4 = 0.85. B (40 %): r = 0.2, c = 0.4. Expected 0.51 + 0.16 = 0.67.
    // var = 0.6·0.85·0.15/50 + 0.36·0.1275/2 + 0.4·0.4·0.6/50 + 0.16·0.24/1 = 0.0648, σ = 0.25456
    // low = 0.67 − 0.49893 = 0.17107 → 100 + 0.17107/0.72·620 = 247; high clamps to 1 → 1000.
    const result = predictReadiness(exam([60, 40]), [
      { domainId: "1", recalls: [1, 0.6] },
      { domainId: "2", recalls: [0.2] },
    ]);
    expect(result.predictedCorrect).toBe(0.67);
    expect(result.predictedScore).toBe(677);
    expect(result.range).toEqual([247, 1000]);
    expect(result.domains).toEqual([
      { id: "1", weight: 60, cards: 2, predictedRecall: 0.8, predictedCorrect: 0.85 },
      { id: "2", weight: 40, cards: 1, predictedRecall: 0.2, predictedCorrect: 0.4 },
    ]);
  });

  test("many cards narrow the range: 2 × 100 cards at 0.9 → 925, range 843–1000", () => {
    // c = 0.925; var = 2·(0.5·0.925·0.075/50) + 2·(0.25·0.069375/100) = 0.00173438, σ = 0.041646
    // low = 0.925 − 0.081626 = 0.843374 → 843 (above the line the scale is 1000·p)
    const many = Array.from({ length: 100 }, () => 0.9);
    const result = predictReadiness(exam([50, 50]), [
      { domainId: "1", recalls: many },
      { domainId: "2", recalls: many },
    ]);
    expect(result.predictedScore).toBe(925);
    expect(result.range).toEqual([843, 1000]);
    expect(result.passingScore).toBe(720);
  });

  test("a domain without cards is unknown (no recall), counted at the guess/recall midpoint", () => {
    const result = predictReadiness(exam([50, 50]), [{ domainId: "1", recalls: [1] }]);
    expect(result.domains[1]).toEqual({
      id: "2",
      weight: 50,
      cards: 0,
      predictedRecall: null,
      predictedCorrect: 0.625,
    });
    expect(result.range![0]).toBeLessThan(result.predictedScore!);
  });

  test("no mapped card in any domain: no score at all (null), not the guess/recall midpoint (638)", () => {
    const result = predictReadiness(exam([50, 50]), [{ domainId: "1", recalls: [] }]);
    expect(result.predictedScore).toBeNull();
    expect(result.range).toBeNull();
    expect(result.predictedCorrect).toBeNull();
    expect(result.passingScore).toBe(720);
    expect(result.domains.map((d) => [d.id, d.cards, d.predictedRecall])).toEqual([
      ["1", 0, null],
      ["2", 0, null],
    ]);
  });
});

describe("domains of notes", () => {
  test.each([
    [2, "2"],
    ["2", "2"],
    ["Domain 3", "3"],
    ["design resilient  architectures", "2"],
    ["비용 최적화 아키텍처 설계", "4"],
    ["nothing like it", undefined],
  ])("exam-domain %j → %s", (value, id) => {
    expect(resolveDomain(saa, value)?.id).toBe(id);
  });

  test("frontmatter exam and domain; a suggestion from keywords", () => {
    expect(frontmatterExam({ exam: "saa-c03", "exam-domain": 2 })).toEqual({ exam: "SAA-C03", domain: 2 });
    expect(frontmatterExam({ title: "x" })).toEqual({});
    expect(suggestDomain(saa, "KMS keys and IAM policies: encryption at rest")?.domain.id).toBe("1");
    expect(suggestDomain(saa, "Spot and Reserved instances: cost")?.domain.id).toBe("4");
    expect(suggestDomain(saa, "unrelated text")).toBeUndefined();
  });
});

describe("custom exams", () => {
  const def = {
    id: "k8s",
    name: "CKA",
    domains: [
      { id: "a", name: "Storage", weight: 10 },
      { id: "b", name: "Troubleshooting", weight: 90 },
    ],
    passPercent: 66,
    questions: 20,
    minutes: 120,
  };

  test("scored in percent: the pass line is the pass mark", () => {
    const profile = customExamProfile(def);
    expect(profile.code).toBe("custom:k8s");
    expect(scaledScore(0.66, profile)).toBe(66);
    expect(scaledScore(0.33, profile)).toBe(33);
    expect(allocateQuestions(profile.domains, profile.scoredQuestions)).toEqual([2, 18]);
  });

  test("weights must sum to 100", () => {
    expect(() => customExamProfile({ ...def, domains: [{ id: "a", name: "A", weight: 50 }] })).toThrow(/sum to 100/);
  });
});

describe("domainOfNote", () => {
  const rules = [
    { kind: "subject" as const, value: "IAM", domainId: "1" },
    { kind: "tag" as const, value: "sqs", domainId: "2" },
    { kind: "tag" as const, value: "cost", domainId: "4" },
    { kind: "tag" as const, value: "gone", domainId: "9" },
  ];
  const note = (frontmatter: object, subject: string | null, tags: string[]) => ({ frontmatter, subject, tags });

  test.each([
    ["frontmatter domain wins over mappings", note({ "exam-domain": 3 }, "IAM", ["sqs"]), "3"],
    [
      "frontmatter names this exam",
      note({ exam: "SAA-C03", "exam-domain": "Design Cost-Optimized Architectures" }, null, []),
      "4",
    ],
    ["another exam's note is not mapped", note({ exam: "DVA-C02", "exam-domain": 1 }, "IAM", []), undefined],
    ["subject mapping", note({}, "IAM", ["cost"]), "1"],
    ["first mapped tag in the note's order", note({}, "Other", ["x", "cost", "sqs"]), "4"],
    ["a rule for a domain the exam lacks is ignored", note({}, null, ["gone"]), undefined],
    ["an unknown frontmatter domain falls back to mappings", note({ "exam-domain": "nope" }, null, ["sqs"]), "2"],
  ])("%s", (_, n, expected) => {
    expect(domainOfNote(saa, n, rules)).toBe(expected);
  });
});
