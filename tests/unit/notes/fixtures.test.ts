/**
 * Fixture notes in the remark style: tests/fixtures/notes/<case>/input.md (+ options.json) beside the
 * expected parse in cards.json. `UPDATE=1 npx vitest run --project unit tests/unit/notes` rewrites the
 * expected files so a reviewer sees the diff. Only UPDATE=1 writes, and never under CI; a missing expected
 * file fails, so a new fixture cannot pass by comparing the parser's output with itself.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";
import type { ParseOptions } from "@/lib/notes/types";

const root = join(process.cwd(), "tests", "fixtures", "notes");
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, "input.md")));

function mayWriteExpected(env: Record<string, string | undefined>): boolean {
  return env.UPDATE === "1" && !env.CI;
}

/** The parse of one fixture folder and its expected parse; throws when the expected file is missing. */
function readFixture(dir: string, name: string, env: Record<string, string | undefined>) {
  const input = readFileSync(join(dir, "input.md"), "utf8");
  const optionsFile = join(dir, "options.json");
  const options: ParseOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
  const actual = parseNote(input, { path: `${name}.md`, ...options });
  const expectedFile = join(dir, "cards.json");
  if (mayWriteExpected(env)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(expectedFile)) {
    throw new Error(
      `${name}: no cards.json beside input.md. Write the expected parse, or run with UPDATE=1 (not in CI) and review the diff.`,
    );
  }
  return { actual, expected: JSON.parse(readFileSync(expectedFile, "utf8")) as unknown };
}

describe("fixture notes", () => {
  test("there are fixtures for every rule", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases)("%s", (name) => {
    const { actual, expected } = readFixture(join(root, name), name, process.env);
    expect(actual).toEqual(expected);
  });
});

describe("the fixture harness", () => {
  const withFolder = (body: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "recall-fixture-"));
    try {
      writeFileSync(join(dir, "input.md"), "# Title\n\nTerm :: Definition\n");
      body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test("a fixture without cards.json fails instead of writing its own expectation", () => {
    withFolder((dir) => {
      expect(() => readFixture(dir, "new-case", {})).toThrow(/no cards\.json/);
      expect(existsSync(join(dir, "cards.json"))).toBe(false);
    });
  });

  test("UPDATE=1 writes the expected file, but not when CI is set", () => {
    withFolder((dir) => {
      expect(() => readFixture(dir, "new-case", { UPDATE: "1", CI: "true" })).toThrow(/no cards\.json/);
      const { actual, expected } = readFixture(dir, "new-case", { UPDATE: "1" });
      expect(expected).toEqual(JSON.parse(JSON.stringify(actual)));
      expect(existsSync(join(dir, "cards.json"))).toBe(true);
    });
  });
});
