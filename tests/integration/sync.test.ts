import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiClient } from "@/cli/sync/api-client";
import { type SyncSummary, syncOnce } from "@/cli/sync/sync-once";
import { STATE_FILE } from "@/cli/sync/sync-state";
import { writeBack } from "@/cli/sync/write-back";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import type { AppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { api, cli, startApiServer, tempVault } from "./api-v1-helpers";
import { makeUser } from "./helpers";

let server: AppServer;

beforeAll(async () => {
  server = await startApiServer();
}, 900_000);
afterAll(() => server?.stop());

async function account() {
  const user = await makeUser();
  const { token } = await createApiToken({ userId: user.id, name: "sync", now: new Date() });
  return { user, token, call: api(server.url, token) };
}

function syncer(vault: string, token: string, url = server.url) {
  const client = createApiClient({ server: url, token });
  return (writeBack = false) => syncOnce({ vault, server: url, api: client, writeBack });
}

async function put(vault: string, file: string, content: string) {
  await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
  await writeFile(path.join(vault, file), content);
}

const cards = (...fronts: string[]) => fronts.map((front) => `${front}::answer to ${front}`).join("\n");

/** A note in the students' style: emoji review keys among their own keys, progress decoration, comments. */
const EMOJI_NOTE = [
  "---",
  "⭕첫 학습날:",
  "⭕과목: Networking",
  "❤1일복습여부: false",
  "🧡4일복습여부: false # ticked by hand",
  "💛7일복습여부: false",
  "💚14일복습여부: false",
  "🧠장기기억: false",
  "메모: keep this line",
  '학습률: "0"',
  "진행바: ⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%",
  "---",
  "# Subnets",
  "",
  cards("A /24 has how many addresses", "Private ranges"),
  "",
].join("\n");

describe("sync once", () => {
  test("`cli sync --json` uploads the vault's notes (skipping tool folders) and prints the contract", async () => {
    const { token, call } = await account();
    const vault = await tempVault();
    await put(vault, "net/subnets.md", EMOJI_NOTE);
    await put(vault, "dns.md", `# DNS\n\n${cards("TTL")}\n`);
    for (const skipped of [".obsidian", ".git", ".trash", "node_modules"])
      await put(vault, `${skipped}/x.md`, cards("no"));

    const result = await cli(["sync", vault, "--server", server.url, "--token", token, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      uploaded: 2,
      unchanged: 0,
      deleted: 0,
      written: [],
      failed: [],
      images: { uploaded: 0, unchanged: 0, missing: [] },
    });
    const notes = (await (await call("/notes")).json()).notes;
    expect(notes.map((n: { path: string }) => n.path)).toEqual(["dns.md", "net/subnets.md"]);
    expect(JSON.parse(await readFile(path.join(vault, STATE_FILE), "utf8")).files).toEqual(
      Object.fromEntries(notes.map((n: { path: string; hash: string }) => [n.path, n.hash])),
    );

    // Only what changed is sent again.
    const sync = syncer(vault, token);
    expect(await sync()).toMatchObject({ uploaded: 0, unchanged: 2, deleted: 0 });
    await put(vault, "dns.md", `# DNS\n\n${cards("TTL", "CNAME")}\n`);
    expect(await sync()).toMatchObject({ uploaded: 1, unchanged: 1 });
    expect((await (await call("/notes")).json()).notes[0].cards).toHaveLength(2);
  });

  test("a vault moved to a machine without the state file sends nothing the server already has", async () => {
    const { token } = await account();
    const vault = await tempVault();
    await put(vault, "a.md", cards("A"));
    await syncer(vault, token)();
    await rm(path.join(vault, STATE_FILE));
    expect(await syncer(vault, token)()).toMatchObject({ uploaded: 0, unchanged: 1, deleted: 0 });
  });

  test("the server unreachable: exit 1 with one clear line", async () => {
    const vault = await tempVault();
    await put(vault, "a.md", cards("A"));
    const closed = `http://127.0.0.1:${await findFreePort(4990)}`;
    const result = await cli(["sync", vault, "--server", closed, "--token", "rcl_x", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^recall: cannot reach http:\/\/127\.0\.0\.1/),
    ]);
    expect(result.stdout).toBe("");
  });
});

describe("write-back", () => {
  test("writes review state into the keys the note uses, changing only those lines, and does not upload its own writes", async () => {
    const { token, call } = await account();
    const vault = await tempVault();
    await put(vault, "net/subnets.md", EMOJI_NOTE);
    await put(vault, "plain.md", `# Plain\n\n${cards("Q")}\n`);
    await put(vault, "unstudied.md", cards("Later"));
    const sync = syncer(vault, token);
    await sync();
    const notes = (await (await call("/notes")).json()).notes as { path: string; cards: { id: string }[] }[];
    for (const note of notes.filter((n) => n.path !== "unstudied.md")) {
      for (const card of note.cards) {
        const answer = await call("/reviews", { method: "POST", json: { cardId: card.id, grade: "remembered" } });
        expect(answer.status).toBe(201);
      }
    }
    const state = (await (await call("/review-state")).json()).notes as {
      path: string;
      review: { firstStudied: string } | null;
    }[];
    const today = state.find((n) => n.path === "plain.md")?.review?.firstStudied;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const summary = await sync(true);
    expect(summary.written.sort()).toEqual(["net/subnets.md", "plain.md"]);
    const after = await readFile(path.join(vault, "net/subnets.md"), "utf8");
    const changed = EMOJI_NOTE.split("\n").flatMap((line, index) =>
      after.split("\n")[index] === line ? [] : [[line, after.split("\n")[index]]],
    );
    expect(after.split("\n")).toHaveLength(EMOJI_NOTE.split("\n").length);
    expect(changed).toEqual([["⭕첫 학습날:", `⭕첫 학습날: ${today}`]]);
    expect(await readFile(path.join(vault, "unstudied.md"), "utf8")).toBe(cards("Later"));
    const plain = await readFile(path.join(vault, "plain.md"), "utf8");
    expect(plain).toBe(
      `---\nfirstStudied: ${today}\nreview1: false\nreview4: false\nreview7: false\nreview14: false\nlongTerm: false\n---\n# Plain\n\n${cards("Q")}\n`,
    );
    // Its own writes are not uploaded again, and writing again changes nothing.
    expect(await sync(true)).toMatchObject({ uploaded: 0, unchanged: 3, written: [] });
  });

  test("never overwrites an edit made since the file was read", async () => {
    const { token, call } = await account();
    const vault = await tempVault();
    await put(vault, "a.md", `# A\n\n${cards("Q")}\n`);
    await syncer(vault, token)();
    const [note] = (await (await call("/notes")).json()).notes;
    await call("/reviews", { method: "POST", json: { cardId: note.cards[0].id, grade: "remembered" } });
    const states = (await (await call("/review-state")).json()).notes;
    const known = JSON.parse(await readFile(path.join(vault, STATE_FILE), "utf8")).files;

    const edited = `# A\n\n${cards("Q", "edited after the sync")}\n`;
    await put(vault, "a.md", edited);
    expect((await writeBack(vault, states, known)).written).toEqual([]);
    expect(await readFile(path.join(vault, "a.md"), "utf8")).toBe(edited);
  });
});

describe("deletes, restores and renames", () => {
  test("a deleted file archives its cards; restoring it brings the same cards back with their history", async () => {
    const { token, call } = await account();
    const vault = await tempVault();
    await put(vault, "keep.md", cards("One", "Two"));
    const sync = syncer(vault, token);
    await sync();
    const [before] = (await (await call("/notes")).json()).notes;
    await call("/reviews", { method: "POST", json: { cardId: before.cards[0].id, grade: "remembered" } });

    await rm(path.join(vault, "keep.md"));
    expect(await sync()).toMatchObject({ uploaded: 0, deleted: 1 });
    expect((await (await call("/notes")).json()).notes).toEqual([]);
    expect(await db().card.count({ where: { noteId: before.id, status: "archived" } })).toBe(2);

    await put(vault, "keep.md", cards("One", "Two"));
    expect(await sync()).toMatchObject({ uploaded: 1, deleted: 0 });
    const [after] = (await (await call("/notes")).json()).notes;
    expect(after.id).toBe(before.id);
    expect(after.cards.map((c: { id: string }) => c.id)).toEqual(before.cards.map((c: { id: string }) => c.id));
    expect(await db().review.count({ where: { cardId: before.cards[0].id } })).toBe(1);
  });

  test("a renamed file keeps its note and cards", async () => {
    const { token, call } = await account();
    const vault = await tempVault();
    await put(vault, "old.md", cards("Moved"));
    const sync = syncer(vault, token);
    await sync();
    const [before] = (await (await call("/notes")).json()).notes;
    await mkdir(path.join(vault, "folder"));
    await rename(path.join(vault, "old.md"), path.join(vault, "folder/new.md"));
    expect(await sync()).toMatchObject({ deleted: 0, failed: [] });
    const after = (await (await call("/notes")).json()).notes;
    expect(after.map((n: { id: string; path: string }) => [n.id, n.path])).toEqual([[before.id, "folder/new.md"]]);
  });

  test("two clients syncing one vault at once never duplicate notes or cards", async () => {
    const { user, token } = await account();
    const vault = await tempVault();
    for (let i = 0; i < 30; i++) await put(vault, `n${i}.md`, cards(`Q${i}a`, `Q${i}b`));
    const [first, second] = [syncer(vault, token), syncer(vault, token)];
    const results = await Promise.all([first(), second()]);
    expect(results.every((r: SyncSummary) => r.failed.length === 0)).toBe(true);
    expect(await db().note.count({ where: { userId: user.id } })).toBe(30);
    expect(await db().card.count({ where: { userId: user.id } })).toBe(60);
  });
});

/** Lines of a running `cli sync --watch --json`, awaited one by one (the test's only signal). */
function watchLines(child: ChildProcess) {
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    lines.push(line);
    for (const wake of waiters.splice(0)) wake();
  });
  return async (accept: (summary: SyncSummary) => boolean): Promise<SyncSummary> => {
    for (;;) {
      for (const line of lines.splice(0)) {
        const summary = JSON.parse(line) as SyncSummary;
        if (accept(summary)) return summary;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
}

/** Waits for a line on stderr matching `pattern`. */
function stderrLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const reader = createInterface({ input: child.stderr as NodeJS.ReadableStream });
    reader.on("line", (line) => {
      if (pattern.test(line)) {
        reader.close();
        resolve(line);
      }
    });
  });
}

describe("watch", () => {
  test("a save reaches the server as cards; edits made while the server is down are sent when it is back", async () => {
    const { user, token } = await account();
    const vault = await tempVault();
    await put(vault, "first.md", cards("Initial"));
    const port = await findFreePort(4800);
    let own = await startApiServer({}, port);
    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      ["cli/index.ts", "sync", vault, "--server", own.url, "--token", token, "--watch", "--json"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const next = watchLines(child);
    const cardCount = (front: string) => db().card.count({ where: { userId: user.id, front, status: "active" } });
    try {
      await next((s) => s.uploaded === 1);
      const saved = Date.now();
      await put(vault, "second.md", cards("Saved in Obsidian"));
      await next((s) => s.uploaded === 1);
      console.info(`watch: save to cards in ${Date.now() - saved} ms`);
      expect(await cardCount("Saved in Obsidian")).toBe(1);

      await own.stop();
      const refused = stderrLine(child, /will retry/);
      await put(vault, "offline.md", cards("Written offline"));
      await put(vault, "first.md", cards("Initial", "Added offline"));
      await refused;
      own = await startApiServer({}, port);
      await next((s) => s.uploaded === 2);
      expect(await cardCount("Written offline")).toBe(1);
      expect(await cardCount("Added offline")).toBe(1);
    } finally {
      child.kill("SIGTERM");
      await own.stop();
    }
  }, 300_000);
});
