/**
 * The CLI's `user`, `import`, `due`, `review` and `export` commands, spawned as scripts run them, against the
 * suite's PostgreSQL (DATABASE_URL): exit codes, the README's `--json` shapes, and one line on stderr for a
 * bad argument.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import "./helpers";

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string[];
}

function cli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "cli", "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (status) =>
      resolve({
        status,
        stdout,
        stderr: stderr.split("\n").filter((line) => line && !line.startsWith("npm warn")),
      }),
    );
  });
}

/** A bad argument: exit 1 and exactly one line on stderr, starting with "recall:", no stack trace. */
function expectOneLineError(run: CliRun, mentions: RegExp) {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toHaveLength(1);
  expect(run.stderr[0]).toMatch(/^recall: /);
  expect(run.stderr[0]).toMatch(mentions);
}

const vault = fs.mkdtempSync(path.join(os.tmpdir(), "recall-cli-contract-"));
const email = `cli-${randomUUID().slice(0, 8)}@example.com`;
const sqsNote = `---
tags: [sqs]
---
# SQS

Visibility timeout::30 seconds by default
Retention::4 days by default
`;
const lambdaNote = `# Lambda

Timeout::at most 15 minutes
`;

beforeAll(() => {
  fs.mkdirSync(path.join(vault, "aws"), { recursive: true });
  fs.writeFileSync(path.join(vault, "aws", "sqs.md"), sqsNote);
  fs.writeFileSync(path.join(vault, "lambda.md"), lambdaNote);
  fs.mkdirSync(path.join(vault, ".obsidian"));
  fs.writeFileSync(path.join(vault, ".obsidian", "ignored.md"), "Not::a note");
});
afterAll(() => fs.rmSync(vault, { recursive: true, force: true }));

describe("cli contract", { timeout: 240_000 }, () => {
  let userId = "";
  let cardId = "";

  test("user create --json gives { id, email }; the same email again and a bad email fail in one line", async () => {
    const created = await cli("user", "create", "--email", email, "--password", "cli-contract-pass-9", "--json");
    expect(created.status).toBe(0);
    const account = JSON.parse(created.stdout);
    expect(Object.keys(account).sort()).toEqual(["email", "id"]);
    expect(account.email).toBe(email);
    userId = account.id;

    expectOneLineError(
      await cli("user", "create", "--email", email, "--password", "cli-contract-pass-9", "--json"),
      /already exists/,
    );
    expectOneLineError(
      await cli("user", "create", "--email", "not-an-email", "--password", "cli-contract-pass-9"),
      /email/,
    );
  });

  test("import --json summarises the vault (skipping .obsidian); an unknown user fails in one line", async () => {
    expect(userId).not.toBe("");
    const run = await cli("import", vault, "--user", email, "--json");
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(["notes", "cards", "warnings", "failures"]));
    expect(summary.notes).toEqual({ added: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(summary.cards).toMatchObject({ added: 3, updated: 0, archived: 0 });
    expect(summary.failures).toEqual([]);

    const again = JSON.parse((await cli("import", vault, "--user", email, "--json")).stdout);
    expect(again.notes).toEqual({ added: 0, updated: 0, unchanged: 2, failed: 0 });

    expectOneLineError(await cli("import", vault, "--user", "nobody@example.com", "--json"), /nobody@example\.com/);
  });

  test("due --json is an empty list before anything is studied; a bad --on fails in one line", async () => {
    const run = await cli("due", "--user", email, "--json");
    expect(run.status).toBe(0);
    // New cards are not due until first studied (the review page offers them apart): nothing is due yet.
    expect(JSON.parse(run.stdout)).toEqual([]);
    expectOneLineError(await cli("due", "--user", email, "--on", "tomorrow", "--json"), /--on/);
  });

  test("review --json records once per request id; due --json then shows the card on its next checkpoint", async () => {
    const { db } = await import("@/lib/db/client");
    const card = await db().card.findFirstOrThrow({ where: { userId, front: "Timeout" } });
    cardId = card.id;
    const requestId = randomUUID();
    const args = ["review", "--user", email, "--card", cardId, "--grade", "remembered"];
    const at = ["--at", "2026-03-02T09:00:00Z", "--request-id", requestId, "--json"];

    const first = await cli(...args, ...at);
    expect(first.status).toBe(0);
    const recorded = JSON.parse(first.stdout);
    expect(recorded).toMatchObject({ status: "recorded", dueOn: "2026-03-03", checkpoint: "1" });
    expect(Object.keys(recorded).sort()).toEqual(["checkpoint", "dueOn", "reviewId", "status"]);

    const repeated = JSON.parse((await cli(...args, ...at)).stdout);
    expect(repeated).toEqual({ status: "duplicate", reviewId: recorded.reviewId });

    const due = await cli("due", "--user", email, "--on", "2026-03-03", "--json");
    expect(due.status).toBe(0);
    const dueCards = JSON.parse(due.stdout) as Array<Record<string, unknown>>;
    expect(dueCards).toEqual([{ id: cardId, note: "Lambda", front: "Timeout", checkpoint: 1, due: "2026-03-03" }]);

    expectOneLineError(await cli("review", "--user", email, "--card", cardId, "--grade", "maybe", "--json"), /grade/);
  });

  test("export --json writes the studied note's review state and leaves the rest", async () => {
    expect(cardId).not.toBe("");
    const run = await cli("export", vault, "--user", email, "--json");
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary).sort()).toEqual(["missing", "notStudied", "unchanged", "written"]);
    expect(summary.written).toEqual(["lambda.md"]);
    expect(summary.notStudied).toEqual(["aws/sqs.md"]);
    const written = fs.readFileSync(path.join(vault, "lambda.md"), "utf8");
    expect(written).toMatch(/^---\n[\s\S]*2026-03-02[\s\S]*\n---\n# Lambda\n\nTimeout::at most 15 minutes\n$/);
    expect(fs.readFileSync(path.join(vault, "aws", "sqs.md"), "utf8")).toBe(sqsNote);

    expectOneLineError(
      await cli("export", path.join(vault, "no-such-folder"), "--user", email, "--json"),
      /no-such-folder/,
    );
  });
});
