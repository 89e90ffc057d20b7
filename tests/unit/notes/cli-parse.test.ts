/** `recall parse <file> [--json]`, spawned as users and scripts run it. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "recall-cli-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "cli", "--", ...args], {
    cwd: process.cwd(),
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.split("\n").filter((line) => line && !line.startsWith("npm warn")),
  };
}

describe("cli parse", () => {
  test("--json prints exactly one JSON object with the contract's fields", () => {
    const file = join(dir, "note.md");
    writeFileSync(
      file,
      "---\nfirstStudied: 2025-01-02\nreview1: true\n---\n# SQS\n\n## Cues\n\n- Max message size?\n  - 256 KB\n\nRetention::up to 14 days\n",
    );
    const { status, stdout, stderr } = cli("parse", file, "--json");
    expect(status).toBe(0);
    expect(stderr).toEqual([]);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed).sort()).toEqual([
      "cards",
      "cues",
      "frontmatter",
      "links",
      "review",
      "subject",
      "tags",
      "title",
      "warnings",
    ]);
    expect(parsed.title).toBe("SQS");
    expect(parsed.cues).toEqual([{ question: "Max message size?", answer: "- 256 KB", line: 9 }]);
    expect(parsed.cards.map((card: { origin: string; line: number }) => [card.origin, card.line])).toEqual([
      ["cue", 9],
      ["inline", 12],
    ]);
    expect(parsed.review).toEqual({
      firstStudied: "2025-01-02",
      checkpoints: { "1": true, "4": false, "7": false, "14": false },
      longTerm: false,
    });
  }, 60_000);

  test("exits 0 with warnings when the frontmatter is broken", () => {
    const file = join(dir, "broken.md");
    writeFileSync(file, "---\ntags: [a\n---\nfront::back\n");
    const { status, stdout } = cli("parse", file, "--json");
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.warnings.length).toBeGreaterThan(0);
    expect(parsed.cards).toHaveLength(1);
  }, 60_000);

  test("exits 1 with one clear stderr line when the file cannot be read", () => {
    const { status, stdout, stderr } = cli("parse", join(dir, "missing.md"), "--json");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/cannot read .*missing\.md: no such file/);
  }, 60_000);

  test("without --json prints a readable summary", () => {
    const file = join(dir, "table.md");
    writeFileSync(file, "# Compare\n\n| | SQS | SNS |\n|---|---|---|\n| Model | pull | push |\n");
    const { status, stdout } = cli("parse", file);
    expect(status).toBe(0);
    expect(stdout).toContain("Compare");
    expect(stdout).toContain("2 card(s): 2 table");
    expect(stdout).toContain("L5 [table] Model — SQS? → pull");
  }, 60_000);
});
