import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { revokeApiToken } from "@/lib/db/tokens/revoke-api-token";
import type { AppServer } from "@/lib/server/app-server";
import { api, cli, startApiServer } from "./api-v1-helpers";
import { makeUser } from "./helpers";

const RATE_LIMIT = 40;
let server: AppServer;

beforeAll(async () => {
  server = await startApiServer({ RECALL_API_RATE_LIMIT: String(RATE_LIMIT) });
}, 900_000);
afterAll(() => server?.stop());

async function tokenFor(userId: string, name = "test") {
  return (await createApiToken({ userId, name, now: new Date() })).token;
}

const note = (title: string, cards: string[]) =>
  `# ${title}\n\n${cards.map((c, i) => `${c}::answer ${i}`).join("\n")}\n`;

describe("tokens over HTTP", () => {
  test("`cli token create --json` gives { id, token } that the API accepts; missing, revoked and expired are 401", async () => {
    const user = await makeUser();
    const created = await cli(["token", "create", "--user", user.email, "--name", "script", "--json"]);
    expect(created.code).toBe(0);
    const output = JSON.parse(created.stdout) as { id: string; token: string };
    expect(Object.keys(output).sort()).toEqual(["id", "token"]);
    expect(output.token).toMatch(/^rcl_/);

    expect((await api(server.url, output.token)("/notes")).status).toBe(200);
    const missing = await api(server.url, null)("/notes");
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    expect((await api(server.url, `${output.token}x`)("/notes")).status).toBe(401);

    await revokeApiToken({ userId: user.id, tokenId: output.id, now: new Date() });
    expect((await api(server.url, output.token)("/notes")).status).toBe(401);

    const expiring = await createApiToken({
      userId: user.id,
      name: "soon",
      expiresAt: new Date(Date.now() + 3_600_000),
      now: new Date(),
    });
    expect((await api(server.url, expiring.token)("/notes")).status).toBe(200);
    await db().apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await api(server.url, expiring.token)("/notes")).status).toBe(401);
  });

  test("past the per-token allowance requests get 429 with Retry-After; another token is unaffected", async () => {
    const user = await makeUser();
    const [busy, other] = [await tokenFor(user.id, "busy"), await tokenFor(user.id, "other")];
    // Windows are whole minutes: if one ends during the loop the count restarts, so within two windows'
    // worth of requests a 429 must come, and never before the allowance is used up.
    let limited: Response | null = null;
    let allowed = 0;
    for (let i = 0; i < 2 * RATE_LIMIT + 2 && !limited; i++) {
      const response = await api(server.url, busy)("/due");
      if (response.status === 429) limited = response;
      else allowed += 1;
    }
    expect(limited?.status).toBe(429);
    expect(allowed).toBeGreaterThanOrEqual(RATE_LIMIT);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await (limited as Response).json()).error.code).toBe("rate-limited");
    expect((await api(server.url, other)("/due")).status).toBe(200);
  });
});

describe("notes", () => {
  test("PUT imports (the import --json summary), is idempotent by content hash, GET lists notes with active cards", async () => {
    const user = await makeUser();
    const call = api(server.url, await tokenFor(user.id));
    const files = [
      { path: "aws/s3.md", content: note("S3", ["Max object size", "Bucket names"]) },
      { path: "dns.md", content: note("DNS", ["TTL"]) },
    ];
    const first = await call("/notes", { method: "PUT", json: { files } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      notes: { added: 2, updated: 0, unchanged: 0, failed: 0 },
      cards: { added: 3, updated: 0, archived: 0 },
      suggestions: 0,
      warnings: [],
      failures: [],
    });
    const again = await (await call("/notes", { method: "PUT", json: { files } })).json();
    expect(again.notes).toEqual({ added: 0, updated: 0, unchanged: 2, failed: 0 });

    const listed = await (await call("/notes")).json();
    expect(listed.notes.map((n: { path: string }) => n.path)).toEqual(["aws/s3.md", "dns.md"]);
    const s3 = listed.notes[0];
    expect(Object.keys(s3).sort()).toEqual(["cards", "hash", "id", "path", "title"]);
    expect(s3.title).toBe("S3");
    expect(s3.cards.map((c: { front: string }) => c.front)).toEqual(["Max object size", "Bucket names"]);
    const stored = await db().note.findFirstOrThrow({ where: { userId: user.id, path: "aws/s3.md" } });
    expect(s3.hash).toBe(stored.contentHash);
  });

  test("deleted archives a note's cards with their history; sending the file again restores them", async () => {
    const user = await makeUser();
    const call = api(server.url, await tokenFor(user.id));
    const file = { path: "kept.md", content: note("Kept", ["Q1", "Q2"]) };
    await call("/notes", { method: "PUT", json: { files: [file] } });
    const [card] = (await (await call("/notes")).json()).notes[0].cards;
    const answered = await call("/reviews", { method: "POST", json: { cardId: card.id, grade: "remembered" } });
    expect(answered.status).toBe(201);

    const removal = await (await call("/notes", { method: "PUT", json: { deleted: ["kept.md"] } })).json();
    expect(removal.cards.archived).toBe(2);
    expect((await (await call("/notes")).json()).notes).toEqual([]);
    expect(await db().card.count({ where: { userId: user.id, status: "archived" } })).toBe(2);

    const restored = await (await call("/notes", { method: "PUT", json: { files: [file] } })).json();
    expect(restored.notes.updated).toBe(1);
    const back = (await (await call("/notes")).json()).notes[0];
    expect(back.cards.map((c: { id: string }) => c.id)).toContain(card.id);
    expect(await db().review.count({ where: { cardId: card.id } })).toBe(1);
  });

  test("renamed moves a note with its card ids; malformed JSON, bad paths and oversized bodies are refused", async () => {
    const user = await makeUser();
    const call = api(server.url, await tokenFor(user.id));
    const content = note("Moving", ["Where"]);
    await call("/notes", { method: "PUT", json: { files: [{ path: "old.md", content }] } });
    const before = (await (await call("/notes")).json()).notes[0];
    await call("/notes", {
      method: "PUT",
      json: {
        renamed: [{ from: "old.md", to: "new/place.md" }],
        files: [{ path: "new/place.md", content }],
        deleted: ["old.md"],
      },
    });
    const after = (await (await call("/notes")).json()).notes;
    expect(after.map((n: { id: string; path: string }) => [n.id, n.path])).toEqual([[before.id, "new/place.md"]]);

    const malformed = await call("/notes", {
      method: "PUT",
      body: "{ not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid-input");
    const escaping = await call("/notes", { method: "PUT", json: { files: [{ path: "../x.md", content: "x" }] } });
    expect(escaping.status).toBe(400);
    expect((await escaping.json()).error.message).toMatch(/^files\.0\.path/);
    const huge = await call("/notes", {
      method: "PUT",
      json: { files: [{ path: "big.md", content: "x".repeat(17 * 1024 * 1024) }] },
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("payload-too-large");
  });
});

describe("studying", () => {
  test("due and reviews have the CLI's shapes and rules; another user's card is 404, an archived one 409", async () => {
    const [user, stranger] = [await makeUser(), await makeUser()];
    const call = api(server.url, await tokenFor(user.id));
    await call("/notes", { method: "PUT", json: { files: [{ path: "due.md", content: note("Due", ["A", "B"]) }] } });
    const cards = (await (await call("/notes")).json()).notes[0].cards as { id: string }[];
    const [first, second] = cards as [{ id: string }, { id: string }];

    const recorded = await call("/reviews", {
      method: "POST",
      json: { cardId: first.id, grade: "remembered", requestId: "req-1", at: "2026-03-02T12:00:00+00:00" },
    });
    expect(recorded.status).toBe(201);
    const result = await recorded.json();
    expect(result).toEqual({
      status: "recorded",
      reviewId: expect.any(String),
      dueOn: expect.any(String),
      checkpoint: "1",
    });
    const repeated = await call("/reviews", {
      method: "POST",
      json: { cardId: first.id, grade: "remembered", requestId: "req-1" },
    });
    expect(await repeated.json()).toEqual({ status: "duplicate", reviewId: result.reviewId });

    const due = await (await call(`/due?on=${result.dueOn}`)).json();
    expect(due).toEqual([{ id: first.id, note: "Due", front: "A", checkpoint: 1, due: result.dueOn }]);
    const cliDue = await cli(["due", "--user", user.email, "--on", result.dueOn, "--json"]);
    expect(JSON.parse(cliDue.stdout)).toEqual(due);
    expect((await call("/due?on=tomorrow")).status).toBe(400);
    expect((await call("/reviews", { method: "POST", json: { cardId: first.id, grade: "maybe" } })).status).toBe(400);

    const foreign = api(server.url, await tokenFor(stranger.id));
    const notFound = await foreign("/reviews", { method: "POST", json: { cardId: second.id, grade: "forgot" } });
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).error.code).toBe("not-found");
    expect(await (await foreign("/notes")).json()).toEqual({ notes: [] });

    await db().card.update({ where: { id: second.id }, data: { status: "archived" } });
    expect((await call("/reviews", { method: "POST", json: { cardId: second.id, grade: "forgot" } })).status).toBe(409);

    const state = await (await call("/review-state")).json();
    expect(state.notes).toEqual([
      {
        path: "due.md",
        review: {
          firstStudied: "2026-03-02",
          checkpoints: { "1": false, "4": false, "7": false, "14": false },
          longTerm: false,
        },
        progress: { fraction: 0, bar: expect.stringContaining("0%") },
      },
    ]);
  });
});

describe("the OpenAPI document", () => {
  test("passes a maintained validator and lists every endpoint; the reference page renders it without scripts", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    const result = await validate(document);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/attachments", "/due", "/notes", "/review-state", "/reviews"]);

    const page = await fetch(`${server.url}/api/v1/docs`);
    const html = await page.text();
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(html).toContain("PUT /api/v1/notes");
    expect(html).toContain("ImportSummary");
    expect(html).not.toMatch(/<script/i);
  });
});
