import "./helpers";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { db } from "@/lib/db/client";
import { createMockExam } from "@/lib/db/exams/create-mock-exam";
import { createCustomExam, findExamForUser } from "@/lib/db/exams/find-exam";
import { loadExamOverview } from "@/lib/db/exams/load-exam-overview";
import { loadReadiness } from "@/lib/db/exams/load-readiness";
import { makeUser } from "./helpers";

const cka = {
  name: "Certified Kubernetes Administrator",
  code: "CKA",
  domains: [
    { name: "Storage", weight: 40 },
    { name: "Troubleshooting", weight: 60 },
  ],
  questions: 10,
  minutes: 120,
  scale: { min: 0, max: 100 },
  passingScore: 66,
};

/** A note naming the custom exam by its short code in frontmatter, with `count` new cards. */
async function note(userId: string, frontmatter: object, count: number) {
  const path = `n-${randomUUID()}.md`;
  await db().note.create({
    data: {
      userId,
      path,
      title: path,
      source: "",
      contentHash: randomUUID(),
      frontmatter,
      subject: "K8s",
      cards: {
        create: Array.from({ length: count }, (_, k) => ({
          userId,
          key: `k${k}`,
          type: "basic",
          origin: "inline",
          front: `Port of component ${path} ${k}?`,
          back: `${6000 + k}`,
          line: k + 1,
        })),
      },
    },
  });
}

describe("custom exams", { timeout: 300_000 }, () => {
  test("stored per user, listed, found by its code, and used for mapping, mocks and readiness", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const profile = await createCustomExam({ userId: user.id, exam: cka });
    expect(profile).toMatchObject({ label: "CKA", passingScore: 66, scoredQuestions: 10 });
    expect(profile.domains.map((d) => [d.id, d.name.en, d.weight])).toEqual([
      ["1", "Storage", 40],
      ["2", "Troubleshooting", 60],
    ]);
    await expect(findExamForUser({ userId: user.id, code: "cka" })).resolves.toMatchObject({ code: profile.code });
    await expect(findExamForUser({ userId: other.id, code: profile.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createCustomExam({ userId: user.id, exam: cka })).rejects.toMatchObject({
      reason: "exam-code-taken",
      field: "code",
    });
    await expect(createCustomExam({ userId: user.id, exam: { ...cka, code: "saa-c03" } })).rejects.toMatchObject({
      reason: "exam-code-taken",
    });

    await note(user.id, { exam: "CKA", "exam-domain": 1 }, 8);
    await note(user.id, { exam: "CKA", "exam-domain": "Troubleshooting" }, 8);
    await note(user.id, { exam: "SAA-C03", "exam-domain": 1 }, 5); // another exam: not this one's

    const overview = await loadExamOverview({ userId: user.id, now: new Date(), withMapping: true });
    expect(overview.choices.map((p) => p.code)).toContain(profile.code);

    const mock = await createMockExam({ userId: user.id, profile, now: new Date(), seed: 7 });
    expect(mock.questions).toHaveLength(10);
    const perDomain = (id: string) => mock.questions.filter((q) => q.domain === id).length;
    expect([perDomain("1"), perDomain("2")]).toEqual([4, 6]);
    expect(mock.timeLimitSeconds).toBe(120 * 60);

    const readiness = await loadReadiness({ userId: user.id, profile, on: "2026-03-11" });
    expect(readiness.domains.map((d) => [d.id, d.cards])).toEqual([
      ["1", 8],
      ["2", 8],
    ]);
    expect(readiness.passingScore).toBe(66);
    expect(readiness.unmappedCards).toBe(5);
  });

  test("exam create --file --json, then exam list --user --json lists it; an invalid file names each field", async () => {
    const user = await makeUser();
    const cli = (...args: string[]) =>
      spawnSync("npm", ["run", "--silent", "cli", "--", "exam", ...args], {
        encoding: "utf8",
        timeout: 240_000,
        env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      });
    const file = join(tmpdir(), `cka-${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(cka));
    const created = cli("create", "--user", user.email, "--file", file, "--json");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    const entry = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(["code", "name", "questions", "minutes", "passingScore", "domains"]);
    expect(entry).toMatchObject({ name: cka.name, questions: 10, minutes: 120, passingScore: 66 });
    expect(entry.code).toMatch(/^custom:/);

    const listed = cli("list", "--user", user.email, "--json");
    expect(listed.status).toBe(0);
    const codes = (JSON.parse(listed.stdout) as { code: string }[]).map((e) => e.code);
    expect(codes).toContain("SAA-C03");
    expect(codes).toContain(entry.code);

    writeFileSync(file, JSON.stringify({ ...cka, code: "C K A", passingScore: 120 }));
    const bad = cli("create", "--user", user.email, "--file", file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("code: Use letters, digits");
    expect(bad.stderr).toContain("passingScore: The passing score must lie on the scale");
  });
});
