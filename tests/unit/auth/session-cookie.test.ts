import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renewedSessionToken, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";

const secret = "unit-test-secret";
const DAY = 24 * 60 * 60;

/** A session token as next-auth issues it, `daysAgo` days before the real now. */
async function tokenIssued(daysAgo: number, claims: Record<string, unknown> = { uid: "user-1", email: "a@b.test" }) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() - daysAgo * DAY * 1000);
  try {
    return await encode({ token: claims, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => vi.useRealTimers());

describe("rolling sessions", () => {
  test("a session issued more than a day ago is re-issued with the same claims and a new 30-day expiry", async () => {
    const old = await tokenIssued(2);
    const renewed = await renewedSessionToken(old, secret);
    expect(renewed).toBeTypeOf("string");
    const claims = await decode({ token: renewed as string, secret });
    const now = Math.floor(Date.now() / 1000);
    expect(claims).toMatchObject({ uid: "user-1", email: "a@b.test" });
    expect(claims?.iat).toBeGreaterThanOrEqual(now - 5);
    expect(claims?.exp).toBeGreaterThanOrEqual(now + SESSION_MAX_AGE_SECONDS - 5);
  });

  test("a session issued today is left alone", async () => {
    await expect(renewedSessionToken(await tokenIssued(0.5), secret)).resolves.toBeNull();
  });

  test("expired, forged, foreign and empty cookies are never renewed", async () => {
    await expect(renewedSessionToken(await tokenIssued(31), secret)).resolves.toBeNull();
    await expect(renewedSessionToken(await tokenIssued(2), "another-secret")).resolves.toBeNull();
    await expect(renewedSessionToken(await tokenIssued(2, { email: "no-uid@b.test" }), secret)).resolves.toBeNull();
    await expect(renewedSessionToken("not-a-token", secret)).resolves.toBeNull();
    await expect(renewedSessionToken(undefined, secret)).resolves.toBeNull();
  });
});
