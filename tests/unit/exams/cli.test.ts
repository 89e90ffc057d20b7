import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";

const cli = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "cli", "--", "exam", ...args], { encoding: "utf8", timeout: 120_000 });

describe("recall exam list", { timeout: 120_000 }, () => {
  test("--json: code, name, questions, minutes, passingScore, domains (id, name, weight) summing to 100", () => {
    const r = cli("list", "--json");
    expect(r.status).toBe(0);
    const exams = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(exams.map((e) => e.code)).toEqual(["SAA-C03", "DVA-C02", "SOA-C03", "SOA-C02", "CLF-C02"]);
    for (const exam of exams) {
      expect(Object.keys(exam)).toEqual(["code", "name", "questions", "minutes", "passingScore", "domains"]);
      const domains = exam.domains as Record<string, unknown>[];
      for (const d of domains) expect(Object.keys(d)).toEqual(["id", "name", "weight"]);
      expect(domains.reduce((s, d) => s + (d.weight as number), 0)).toBe(100);
    }
    expect(exams[0]).toMatchObject({
      code: "SAA-C03",
      questions: 65,
      minutes: 130,
      passingScore: 720,
      domains: [
        { id: "1", name: "Design Secure Architectures", weight: 30 },
        { id: "2", name: "Design Resilient Architectures", weight: 26 },
        { id: "3", name: "Design High-Performing Architectures", weight: 24 },
        { id: "4", name: "Design Cost-Optimized Architectures", weight: 20 },
      ],
    });
  });
});
