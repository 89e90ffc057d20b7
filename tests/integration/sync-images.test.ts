/**
 * Images over real HTTP: the upload endpoint's limits and checks, storage deduplicated per user, the
 * authenticated image route (owner only, cached), and `sync` uploading exactly the images notes embed.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiClient } from "@/cli/sync/api-client";
import { syncOnce } from "@/cli/sync/sync-once";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { ATTACHMENT_LIMITS } from "@/lib/notes/attachments";
import type { AppServer } from "@/lib/server/app-server";
import { api, signInCookie, startApiServer, tempVault } from "./api-v1-helpers";
import { makeUser } from "./helpers";
import { mkdir, writeFile } from "node:fs/promises";

let server: AppServer;
const fixture = (name: string) => readFile(path.resolve("tests/fixtures/images", name));

beforeAll(async () => {
  server = await startApiServer();
}, 1_800_000);
afterAll(() => server?.stop());

async function account() {
  const user = await makeUser();
  const { token } = await createApiToken({ userId: user.id, name: "images", now: new Date() });
  return { user, token, call: api(server.url, token) };
}

const putImage = (call: ReturnType<typeof api>, imagePath: string, body: Uint8Array | string) =>
  call(`/attachments?path=${encodeURIComponent(imagePath)}`, {
    method: "PUT",
    body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]),
    headers: { "content-type": "application/octet-stream" },
  });

describe("PUT /api/v1/attachments", () => {
  test("takes images by their bytes, refuses the rest with the API's error shape, stores each content once", async () => {
    const { user, call } = await account();
    const png = await fixture("diagram.png");

    const stored = await putImage(call, "img/diagram.png", png);
    expect(stored.status).toBe(200);
    const body = await stored.json();
    expect(body).toMatchObject({ path: "img/diagram.png", mimeType: "image/png", size: png.byteLength });
    expect((await putImage(call, "copy/same.png", png)).status).toBe(200);
    expect((await putImage(call, "anim.gif", await fixture("dot.gif"))).status).toBe(200);

    const refusals = [
      [await putImage(call, "fake.png", "just text, named like an image"), 400, "not-an-image"],
      [
        await putImage(call, "logo.png", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        400,
        "not-an-image",
      ],
      [await putImage(call, "notes.md", png), 400, "invalid-input"],
      [await putImage(call, "../outside.png", png), 400, "invalid-input"],
      [
        await putImage(call, "big.png", new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1).fill(0x89)),
        413,
        "payload-too-large",
      ],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect({ status: response.status, code: (await response.json()).error.code }).toEqual({ status, code });
    }
    expect((await api(server.url, null)("/attachments")).status).toBe(401);

    const listed = (await (await call("/attachments")).json()).attachments;
    expect(listed.map((a: { path: string }) => a.path)).toEqual(["anim.gif", "copy/same.png", "img/diagram.png"]);
    expect(await db().attachmentContent.count({ where: { userId: user.id } })).toBe(2);

    // Another user sees none of them.
    const other = await account();
    expect((await (await other.call("/attachments")).json()).attachments).toEqual([]);
  });
});

describe("the image route", () => {
  test("serves the owner's image with cache headers; another user and no session get nothing", async () => {
    const owner = await account();
    const png = await fixture("chart.png");
    const { hash } = await (await putImage(owner.call, "chart.png", png)).json();
    const url = `${server.url}/api/attachments/${hash}`;

    const served = await fetch(url, { headers: { cookie: await signInCookie(server.url, owner.user.email) } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const intruder = await makeUser();
    expect((await fetch(url, { headers: { cookie: await signInCookie(server.url, intruder.email) } })).status).toBe(
      404,
    );
    expect((await fetch(url)).status).toBe(401);
  });
});

describe("sync uploads the images notes embed", () => {
  test("embedded ones only, once; missing and fake ones reported", async () => {
    const { user, token } = await account();
    const vault = await tempVault();
    const put = async (file: string, content: string | Buffer) => {
      await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
      await writeFile(path.join(vault, file), content);
    };
    await put(
      "course/week1.md",
      "# Week 1\n\n![[diagram.png|300]]\n\n![chart](img/chart.png)\n\n![[missing.png]]\n\n![[fake.png]]\n\nQ::A\n",
    );
    await put("assets/diagram.png", await fixture("diagram.png"));
    await put("course/img/chart.png", await fixture("chart.png"));
    await put("assets/unused.png", await fixture("dot.gif"));
    await put("fake.png", "not an image");
    const client = createApiClient({ server: server.url, token });
    const sync = () => syncOnce({ vault, server: server.url, api: client, writeBack: false });

    const first = await sync();
    expect(first.images).toEqual({ uploaded: 2, unchanged: 0, missing: ["missing.png"] });
    expect(first.failed).toEqual([{ path: "fake.png", message: expect.stringMatching(/not a PNG/) }]);
    const stored = await db().attachment.findMany({ where: { userId: user.id }, orderBy: { path: "asc" } });
    expect(stored.map((row) => row.path)).toEqual(["assets/diagram.png", "course/img/chart.png"]);

    expect((await sync()).images).toEqual({ uploaded: 0, unchanged: 2, missing: ["missing.png"] });
    await put("course/img/chart.png", await fixture("dot.gif"));
    expect((await sync()).images).toMatchObject({ uploaded: 1, unchanged: 1 });
  });
});
