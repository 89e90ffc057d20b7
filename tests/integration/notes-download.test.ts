/**
 * The notes page's download over real HTTP: a zip of the user's notes with review state written back by the
 * same rewrite as `sync --write-back` (so both give the same bytes), only review keys changed.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createApiClient } from "@/cli/sync/api-client";
import { syncOnce } from "@/cli/sync/sync-once";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import type { AppServer } from "@/lib/server/app-server";
import { api, signInCookie, startApiServer, tempVault } from "./api-v1-helpers";
import { makeUser } from "./helpers";

let server: AppServer;
beforeAll(async () => {
  server = await startApiServer();
}, 1_800_000);
afterAll(() => server?.stop());

const EMOJI_NOTE = [
  "---",
  "⭕첫 학습날:",
  "❤1일복습여부: false",
  "🧡4일복습여부: false # ticked by hand",
  "💛7일복습여부: false",
  "💚14일복습여부: false",
  "🧠장기기억: false",
  "메모:   odd   spacing kept",
  "---",
  "# 서브넷",
  "",
  "A /24 has how many addresses::256",
  "",
].join("\n");
const UNSTUDIED = "# Later\r\n\r\nWindows line ends::kept\r\n";

test("the zip holds every note; studied ones differ only in review keys, exactly as write-back writes them", async () => {
  const user = await makeUser();
  const { token } = await createApiToken({ userId: user.id, name: "download", now: new Date() });
  const call = api(server.url, token);
  const vault = await tempVault();
  const files: Record<string, string> = { "네트워크/서브넷.md": EMOJI_NOTE, "later.md": UNSTUDIED };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
    await writeFile(path.join(vault, file), content);
  }
  const sync = (writeBack: boolean) =>
    syncOnce({ vault, server: server.url, api: createApiClient({ server: server.url, token }), writeBack });
  await sync(false);
  const notes = (await (await call("/notes")).json()).notes as { path: string; cards: { id: string }[] }[];
  const studied = notes.find((note) => note.path === "네트워크/서브넷.md");
  for (const card of studied?.cards ?? []) {
    expect((await call("/reviews", { method: "POST", json: { cardId: card.id, grade: "remembered" } })).status).toBe(
      201,
    );
  }

  expect((await fetch(`${server.url}/api/notes/download`)).status).toBe(401);
  const response = await fetch(`${server.url}/api/notes/download`, {
    headers: { cookie: await signInCookie(server.url, user.email) },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="recall-notes-\d{4}-\d{2}-\d{2}\.zip"$/,
  );
  const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
  expect(Object.keys(zip).sort()).toEqual(["later.md", "네트워크/서브넷.md"]);

  const downloaded = strFromU8(zip["네트워크/서브넷.md"] as Uint8Array);
  const before = EMOJI_NOTE.split("\n");
  const after = downloaded.split("\n");
  expect(after).toHaveLength(before.length);
  const changed = before.flatMap((line, index) => (after[index] === line ? [] : [[line, after[index]]]));
  expect(changed).toEqual([["⭕첫 학습날:", expect.stringMatching(/^⭕첫 학습날: \d{4}-\d{2}-\d{2}$/)]]);
  expect(strFromU8(zip["later.md"] as Uint8Array)).toBe(UNSTUDIED);

  // One implementation: sync's write-back puts the very same bytes into the vault.
  expect((await sync(true)).written).toEqual(["네트워크/서브넷.md"]);
  expect(await readFile(path.join(vault, "네트워크/서브넷.md"), "utf8")).toBe(downloaded);
});
