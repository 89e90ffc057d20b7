/**
 * The layering rules of docs/architecture.md, checked on every file's imports (the simulator's portability
 * test, generalised). A failure lists each offending file with what it imports, e.g.
 * `lib/quiz/build.ts imports "@/lib/db/client" (database)`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** lib/ folders that are infrastructure; every other folder under lib/ is a pure domain module. */
const INFRASTRUCTURE = new Set(["db", "server", "auth", "i18n", "validations"]);

/** Where the app's own code lives (tests, bench and scripts set up and measure the database directly). */
const APP_CODE = ["app", "components", "lib", "cli", "proxy.ts", "instrumentation.ts"];

/** The database client itself: lib/db's client module, the generated Prisma client, Prisma's packages, pg. */
const DATABASE_CLIENT = /^(@\/lib\/db\/client$|pg$|@prisma\/|(@\/|(\.\.?\/)+)generated\/prisma)/;

/** Anything that reaches the database, lib/db's query functions included. */
const DATABASE = new RegExp(`${DATABASE_CLIENT.source}|^@\\/lib\\/db(\\/|$)`);

/** Imports a domain module must not make, by kind. */
const DOMAIN_FORBIDDEN: [kind: string, pattern: RegExp][] = [
  ["framework", /^(next|react|react-dom|next-auth|next-intl)(\/|$)|^@\/(app|components|lib\/auth)(\/|$)/],
  ["database", DATABASE],
  ["filesystem or process", /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|module|cluster|dgram)$/],
  ["worker", /^(node:)?worker_threads$|^@\/lib\/server(\/|$)/],
];

/** Domain code takes time and randomness as inputs (`now`, a seed). */
const AMBIENT = /\bDate\.now\(|new Date\(\)|Math\.random\(|\bprocess\.(env|argv|cwd|exit)\b/;

/**
 * Files outside lib/db allowed one database import, with the reason. Keep this list short: a new entry
 * needs a reason a reviewer would accept.
 */
const DATABASE_EXCEPTIONS: Record<string, { specifier: string; why: string }> = {
  "lib/server/postgres.ts": { specifier: "pg", why: "creates the app's database before any client exists" },
  "lib/server/prisma-cli.ts": { specifier: "pg", why: "applies migrations before any client exists" },
  "cli/database.ts": { specifier: "@/lib/db/client", why: "closes the client when a CLI command ends" },
};

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === "node_modules" ? [] : sourceFiles(join(path, name))));
}

/** Every module specifier a file imports or re-exports, including `import()` and `require()`. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

const files = APP_CODE.flatMap(sourceFiles).map((file) => file.split("\\").join("/"));
const domainFiles = files.filter((file) => {
  const [top, area] = file.split("/");
  return top === "lib" && area !== undefined && !area.includes(".") && !INFRASTRUCTURE.has(area);
});

/**
 * Import cycles among the files of one lib/ folder (type imports count: a cycle of types is still two files
 * that cannot be read apart). Each cycle is named by its files in import order, e.g. `a.ts → b.ts → a.ts`.
 */
function importCycles(
  folder: string,
  sourceOf: (file: string) => string = (file) => readFileSync(join(ROOT, file), "utf8"),
): string[] {
  const inFolder = files.filter(
    (file) => file.startsWith(`${folder}/`) && !file.slice(folder.length + 1).includes("/"),
  );
  return cyclesIn(folder, inFolder, sourceOf);
}

function cyclesIn(folder: string, folderFiles: string[], sourceOf: (file: string) => string): string[] {
  const known = new Set(folderFiles);
  const resolve = (specifier: string): string | null => {
    const local = specifier.startsWith("./")
      ? specifier.slice(2)
      : specifier.startsWith(`@/${folder}/`)
        ? specifier.slice(folder.length + 3)
        : null;
    if (local === null || local.includes("/")) return null;
    for (const candidate of [`${folder}/${local}`, `${folder}/${local}.ts`, `${folder}/${local}.tsx`]) {
      if (known.has(candidate)) return candidate;
    }
    return null;
  };
  const edges = new Map(
    folderFiles.map((file) => [file, importsOf(sourceOf(file)).flatMap((s) => resolve(s) ?? [])] as const),
  );
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") {
        const loop = [...path.slice(path.indexOf(next)), next].map((f) => f.slice(folder.length + 1));
        cycles.push(loop.join(" → "));
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of [...folderFiles].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The helpers of app/actions/_lib/action.ts: every server action is built from them. */
const ACTION_BUILDERS = new Set(["authedAction", "publicAction"]);
const ACTION_ADAPTERS = new Set(["formAction", "formStateAction"]);

function calleeName(node: ts.Expression): string | null {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node.expression.text : null;
}

/** `authedAction(…)`, `publicAction(…)`, or an adapter around one of them. */
function isBuiltWithHelper(node: ts.Expression, local: Map<string, ts.Expression> = new Map()): boolean {
  if (ts.isIdentifier(node)) {
    const declared = local.get(node.text);
    return declared !== undefined && isBuiltWithHelper(declared, local);
  }
  const name = calleeName(node);
  if (name && ACTION_BUILDERS.has(name)) return true;
  const inner = ts.isCallExpression(node) ? node.arguments[0] : undefined;
  return name !== null && ACTION_ADAPTERS.has(name) && inner !== undefined && isBuiltWithHelper(inner, local);
}

/** Exports of an action file that are not built with the helper (types are fine). */
function actionViolations(file: string, source = readFileSync(join(ROOT, file), "utf8")): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const found: string[] = [];
  // Same-file constants, so `formStateAction(saveThing)` counts when `saveThing` is built with the helper.
  const local = new Map<string, ts.Expression>();
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer) local.set(d.name.text, d.initializer);
    }
  }
  for (const statement of tree.statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement)) {
      found.push(
        `${file} exports function ${statement.name?.text ?? "default"} (build it with authedAction/publicAction)`,
      );
    } else if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!declaration.initializer || !isBuiltWithHelper(declaration.initializer, local)) {
          found.push(`${file} exports ${declaration.name.getText(tree)} not built with authedAction/publicAction`);
        }
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      found.push(`${file} re-exports values (export each action where it is built)`);
    } else if (ts.isExportAssignment(statement)) {
      found.push(`${file} has a default export`);
    }
  }
  return found;
}

function databaseViolations(file: string): string[] {
  if (file.startsWith("lib/db/")) return [];
  return importsOf(readFileSync(join(ROOT, file), "utf8"))
    .filter((specifier) => DATABASE_CLIENT.test(specifier) && DATABASE_EXCEPTIONS[file]?.specifier !== specifier)
    .map((specifier) => `${file} imports "${specifier}" (database client; only lib/db may)`);
}

function domainViolations(file: string): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const found = importsOf(source).flatMap((specifier) =>
    DOMAIN_FORBIDDEN.filter(([, pattern]) => pattern.test(specifier)).map(
      ([kind]) => `${file} imports "${specifier}" (${kind})`,
    ),
  );
  const ambient = source.match(AMBIENT);
  if (ambient) found.push(`${file} uses ${ambient[0]} (time, randomness and environment are inputs)`);
  return found;
}

describe("architecture", () => {
  test("the scan sees the app's code and every domain module", () => {
    const areas = new Set(domainFiles.map((file) => file.split("/")[1]));
    for (const area of ["notes", "schedule", "stats", "quiz", "reminders", "simulator"]) expect(areas).toContain(area);
    expect(files).toContain("lib/db/client.ts");
    expect(files).toContain("app/actions/set-locale.ts");
  });

  test("only lib/db imports the database client, Prisma or pg", () => {
    expect(files.flatMap(databaseViolations)).toEqual([]);
  });

  test("domain modules import no framework, database, filesystem or worker code", () => {
    expect(domainFiles.flatMap(domainViolations)).toEqual([]);
  });

  test("the simulator's files import each other without a cycle", () => {
    expect(importCycles("lib/simulator")).toEqual([]);
  });

  test("the cycle check finds a cycle through a type import and names it", () => {
    const sources: Record<string, string> = {
      "lib/x/a.ts": 'import { b } from "./b";',
      "lib/x/b.ts": 'import type { C } from "@/lib/x/c";',
      "lib/x/c.ts": 'import type { A } from "./a";\nimport { d } from "./d";',
      "lib/x/d.ts": "export const d = 1;",
    };
    expect(cyclesIn("lib/x", Object.keys(sources), (file) => sources[file] ?? "")).toEqual([
      "a.ts → b.ts → c.ts → a.ts",
    ]);
  });

  test("every server action in app/actions is built with the action helper", () => {
    const actionFiles = files.filter(
      (file) => file.startsWith("app/actions/") && !file.startsWith("app/actions/_lib/"),
    );
    expect(actionFiles.length).toBeGreaterThan(5);
    expect(actionFiles.flatMap((file) => actionViolations(file))).toEqual([]);
  });

  test.each([
    [
      "export async function save(form: FormData) {}",
      ["x.ts exports function save (build it with authedAction/publicAction)"],
    ],
    ["export const save = async () => {};", ["x.ts exports save not built with authedAction/publicAction"]],
    ["export const save = formAction(async () => {});", ["x.ts exports save not built with authedAction/publicAction"]],
    ["export const save = formStateAction(authedAction(schema, async () => {}));", []],
    ["export type State = { ok: boolean };\nexport const save = publicAction(schema, body);", []],
  ])("the action check reads %s", (source, expected) => {
    expect(actionViolations("x.ts", source)).toEqual(expected);
  });

  test("every database exception still exists (stale entries are removed)", () => {
    for (const [file, { specifier }] of Object.entries(DATABASE_EXCEPTIONS)) {
      expect(importsOf(readFileSync(join(ROOT, file), "utf8")), file).toContain(specifier);
    }
  });

  test.each([
    ['import { db } from "@/lib/db/client";', ["@/lib/db/client"]],
    ['export { x } from "./x";\nconst w = await import("node:worker_threads");', ["./x", "node:worker_threads"]],
    ['// import { db } from "@/lib/db/client";\nconst s = "from \\"pg\\"";', []],
  ])("importsOf reads real imports only: %s", (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });

  test("the rules catch what they name", () => {
    for (const client of ["@/lib/db/client", "@/generated/prisma/client", "../../generated/prisma/enums", "pg"]) {
      expect(DATABASE_CLIENT.test(client), client).toBe(true);
    }
    expect(DATABASE_CLIENT.test("@/lib/db/users/create-user")).toBe(false);
    expect(DATABASE_CLIENT.test("pg-boss")).toBe(false);
    expect(DATABASE.test("@/lib/db/users/create-user")).toBe(true);
    expect(DATABASE.test("@/lib/dbx")).toBe(false);
    const kinds = (specifier: string) =>
      DOMAIN_FORBIDDEN.filter(([, pattern]) => pattern.test(specifier)).map(([kind]) => kind);
    expect(kinds("next/navigation")).toEqual(["framework"]);
    expect(kinds("@/lib/auth/session")).toEqual(["framework"]);
    expect(kinds("node:fs/promises")).toEqual(["filesystem or process"]);
    expect(kinds("@/lib/server/notes/parse-pool")).toEqual(["worker"]);
    expect(kinds("node:path")).toEqual([]);
    expect(kinds("@/lib/schedule")).toEqual([]);
  });
});
