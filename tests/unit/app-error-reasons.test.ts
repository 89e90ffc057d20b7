/**
 * Every AppError thrown by the app names its reason (docs/architecture.md, Errors): callers branch on the
 * reason, so a throw without one leaves them only the code's generic fallback. A static scan, like the
 * architecture test.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === "node_modules" ? [] : sourceFiles(join(path, name))));
}

/** `file:line` of each `new AppError(…)` whose options object has no `reason`. */
function throwsWithoutReason(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "AppError") {
      const options = node.arguments?.[2];
      const named =
        options !== undefined &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === "reason");
      if (!named) found.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe("AppError reasons", () => {
  test("every AppError in lib/, app/ and cli/ passes a reason", () => {
    const files = ["lib", "app", "cli"].flatMap(sourceFiles).map((file) => file.split("\\").join("/"));
    expect(files.length).toBeGreaterThan(50);
    const throwing = files
      .map((file) => [file, readFileSync(join(ROOT, file), "utf8")] as const)
      .filter(([, source]) => source.includes("new AppError("));
    expect(throwing.length).toBeGreaterThan(10);
    expect(throwing.flatMap(([file, source]) => throwsWithoutReason(file, source))).toEqual([]);
  });

  test.each([
    ['throw new AppError("NOT_FOUND", "card not found");', ["x.ts:1"]],
    ['throw new AppError("INVALID_INPUT", "bad", { field: "name" });', ["x.ts:1"]],
    ['throw new AppError("INVALID_INPUT", "bad", { reason: "invalid-date", field: "on" });', []],
    ['const e = new Error("not an AppError");', []],
  ])("the scan reads %s", (source, expected) => {
    expect(throwsWithoutReason("x.ts", source)).toEqual(expected);
  });
});
