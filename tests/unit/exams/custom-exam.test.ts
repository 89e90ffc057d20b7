import { describe, expect, test } from "vitest";
import { customExamProfile, domainOfNote, examNamedBy, scaledScore } from "@/lib/exams";
import { customExamProblems, customExamSchema } from "@/lib/validations/exams";

const valid = {
  name: "Certified Kubernetes Administrator",
  code: "CKA",
  domains: [
    { name: "Storage", weight: 10 },
    { name: "Troubleshooting", weight: 90 },
  ],
  questions: 17,
  minutes: 120,
  scale: { min: 0, max: 100 },
  passingScore: 66,
};

describe("customExamSchema: one problem per field, as a message key", () => {
  test("a valid definition passes; numbers typed in a form are read as numbers", () => {
    const parsed = customExamSchema.parse({ ...valid, questions: "17", scale: { min: "0", max: "100" } });
    expect(parsed).toMatchObject({ questions: 17, scale: { min: 0, max: 100 }, passingScore: 66 });
  });

  test.each([
    [{ name: "  " }, { name: "required" }],
    [{ code: "C K A" }, { code: "code-format" }],
    [{ code: "x".repeat(21) }, { code: "too-long" }],
    [{ domains: [] }, { domains: "domains-count" }],
    [
      {
        domains: [
          { name: "A", weight: 60 },
          { name: "", weight: 30 },
        ],
      },
      { "domains.1.name": "required", domains: "weights-sum" },
    ],
    [
      {
        domains: [
          { name: "A", weight: 0 },
          { name: "B", weight: 100 },
        ],
      },
      { "domains.0.weight": "weight-range" },
    ],
    [{ questions: 0 }, { questions: "questions-range" }],
    [{ questions: 2.5 }, { questions: "questions-range" }],
    [{ minutes: 601 }, { minutes: "minutes-range" }],
    [{ scale: { min: 100, max: 100 } }, { "scale.max": "scale-range" }],
    [{ passingScore: 0 }, { passingScore: "pass-range" }],
    [{ passingScore: 101 }, { passingScore: "pass-range" }],
  ])("%j → %j", (change, expected) => {
    const parsed = customExamSchema.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    expect(customExamProblems(parsed.error!.issues)).toEqual(expected);
  });
});

describe("customExamProfile", () => {
  const def = {
    id: "k8s",
    ...valid,
    domains: valid.domains.map((d, i) => ({ ...d, id: String(i + 1) })),
  };

  test("its own scale and pass line: 200–800, pass 500 → 62.5 % right is the line", () => {
    const profile = customExamProfile({ ...def, scale: { min: 200, max: 800 }, passingScore: 500 });
    expect(profile).toMatchObject({ code: "custom:k8s", label: "CKA", unscoredQuestions: 0, passingScore: 500 });
    expect(scaledScore(0.625, profile)).toBe(500);
    expect(scaledScore(0, profile)).toBe(200);
    expect(scaledScore(1, profile)).toBe(800);
  });

  test("a row stored before scales existed (passPercent only) reads as 0–100", () => {
    const { scale: _scale, passingScore: _pass, code: _code, ...old } = def;
    expect(customExamProfile({ ...old, passPercent: 70 })).toMatchObject({
      scale: { min: 0, max: 100 },
      passingScore: 70,
    });
  });

  test("a pass mark off the scale is refused", () => {
    expect(() => customExamProfile({ ...def, passingScore: 150 })).toThrow(/passing score/);
  });

  test("frontmatter exam: may name it by its short code, any case", () => {
    const profile = customExamProfile(def);
    expect(examNamedBy(profile, "cka")).toBe(true);
    expect(examNamedBy(profile, "custom:k8s")).toBe(true);
    expect(examNamedBy(profile, "SAA-C03")).toBe(false);
    const note = (frontmatter: object) => ({ frontmatter, subject: null, tags: [] });
    expect(domainOfNote(profile, note({ exam: "CKA", "exam-domain": 2 }), [])).toBe("2");
    expect(domainOfNote(profile, note({ exam: "SAA-C03", "exam-domain": 2 }), [])).toBeUndefined();
  });
});
