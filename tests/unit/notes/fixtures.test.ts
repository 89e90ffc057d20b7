/**
 * Fixture notes in the remark style: tests/fixtures/notes/<case>/input.md (+ options.json) beside the
 * expected parse in cards.json. `UPDATE=1 npx vitest run --project unit tests/unit/notes` rewrites the
 * expected files so a reviewer sees the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";
import type { ParseOptions } from "@/lib/notes/types";

const root = join(process.cwd(), "tests", "fixtures", "notes");
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, "input.md")));

describe("fixture notes", () => {
  test("there are fixtures for every rule", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases)("%s", (name) => {
    const dir = join(root, name);
    const input = readFileSync(join(dir, "input.md"), "utf8");
    const optionsFile = join(dir, "options.json");
    const options: ParseOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
    const actual = parseNote(input, { path: `${name}.md`, ...options });
    const expectedFile = join(dir, "cards.json");
    if (process.env.UPDATE === "1" || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});
