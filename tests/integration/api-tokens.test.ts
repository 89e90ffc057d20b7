import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { authenticateApiToken } from "@/lib/db/tokens/authenticate-api-token";
import { countApiRequest } from "@/lib/db/tokens/count-api-request";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { listApiTokens } from "@/lib/db/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/db/tokens/revoke-api-token";
import { hashTokenSecret } from "@/lib/db/tokens/token-secret";
import { makeUser } from "./helpers";

const now = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("personal access tokens", () => {
  test("a token is stored hashed with a recognisable prefix and authenticates its user", async () => {
    const user = await makeUser();
    const created = await createApiToken({ userId: user.id, name: "laptop", now });
    expect(created.token).toMatch(/^rcl_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(created.token.startsWith(row.prefix)).toBe(true);

    const signedIn = await authenticateApiToken({ token: created.token, now: later(1000) });
    expect(signedIn).toMatchObject({ tokenId: created.id, user: { id: user.id, email: user.email } });
    const [listed] = await listApiTokens({ userId: user.id });
    expect(listed?.lastUsedAt?.toISOString()).toBe(later(1000).toISOString());
  });

  test("a revoked token is refused on the next request; another user cannot revoke it", async () => {
    const [owner, stranger] = [await makeUser(), await makeUser()];
    const created = await createApiToken({ userId: owner.id, name: "phone", now });
    await expect(revokeApiToken({ userId: stranger.id, tokenId: created.id, now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(authenticateApiToken({ token: created.token, now })).resolves.toBeTruthy();
    await revokeApiToken({ userId: owner.id, tokenId: created.id, now });
    await expect(authenticateApiToken({ token: created.token, now })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  test("an expired token is refused from its expiry on; a past expiry cannot be chosen", async () => {
    const user = await makeUser();
    const created = await createApiToken({ userId: user.id, name: "short", expiresAt: later(60_000), now });
    await expect(authenticateApiToken({ token: created.token, now: later(59_000) })).resolves.toBeTruthy();
    await expect(authenticateApiToken({ token: created.token, now: later(60_000) })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(createApiToken({ userId: user.id, name: "past", expiresAt: now, now })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  test("unknown and malformed tokens are refused", async () => {
    await expect(authenticateApiToken({ token: "rcl_nope", now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticateApiToken({ token: "Bearer x", now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  test("the per-token rate limit counts in PostgreSQL and resets with the next minute", async () => {
    const user = await makeUser();
    const { id } = await createApiToken({ userId: user.id, name: "busy", now });
    const other = await createApiToken({ userId: user.id, name: "quiet", now });
    await Promise.all(Array.from({ length: 3 }, () => countApiRequest({ tokenId: id, now, limit: 3 })));
    await expect(countApiRequest({ tokenId: id, now, limit: 3 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(countApiRequest({ tokenId: other.id, now, limit: 3 })).resolves.toBeGreaterThan(0);
    await expect(countApiRequest({ tokenId: id, now: later(60_000), limit: 3 })).resolves.toBeGreaterThan(0);
    expect(await db().apiRateWindow.count({ where: { tokenId: id } })).toBe(1);
  });
});
