import { describe, expect, test } from "vitest";
import { createUser } from "@/lib/db/users/create-user";
import { SIGN_IN_LIMIT, verifySignIn } from "@/lib/db/users/verify-sign-in";
import "./helpers";

/** Which attempts reached the password check (null = checked and wrong) and which were refused up front. */
async function outcomes(attempts: Promise<unknown>[]) {
  const settled = await Promise.allSettled(attempts);
  const checked = settled.filter((result) => result.status === "fulfilled").length;
  const refused = settled.filter(
    (result) => result.status === "rejected" && (result.reason as { code?: string }).code === "RATE_LIMITED",
  ).length;
  return { checked, refused, other: settled.length - checked - refused };
}

describe("sign-in limits", () => {
  test("30 wrong passwords sent at once: at most the limit reach the password check", async () => {
    await createUser({ email: "raced@example.test", password: "right-password-1" });
    const now = new Date("2026-05-02T10:00:00Z");
    const result = await outcomes(
      Array.from({ length: 30 }, (_, attempt) =>
        verifySignIn({ email: "raced@example.test", password: `guess-${attempt}`, ip: "198.51.100.4", now }),
      ),
    );
    expect(result.other).toBe(0);
    expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMIT.failures);
    expect(result.refused).toBe(30 - result.checked);
  });
});

describe("sign-in limits are per account and client", () => {
  test("wrong passwords from another client do not lock the student out", async () => {
    await createUser({ email: "target@example.test", password: "right-password-1" });
    const now = new Date("2026-05-03T10:00:00Z");
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.failures + 3; attempt++) {
      await verifySignIn({ email: "target@example.test", password: `guess-${attempt}`, ip: "192.0.2.66", now }).catch(
        () => null,
      );
    }
    await expect(
      verifySignIn({ email: "target@example.test", password: "guess-x", ip: "192.0.2.66", now }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      verifySignIn({ email: "target@example.test", password: "right-password-1", ip: "192.0.2.10", now }),
    ).resolves.not.toBeNull();
  });

  test("delays grow after the free failures, and a success clears the count", async () => {
    await createUser({ email: "delays@example.test", password: "right-password-1" });
    const ip = "192.0.2.20";
    let now = new Date("2026-05-04T10:00:00Z");
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.failures; attempt++) {
      await expect(verifySignIn({ email: "delays@example.test", password: "guess", ip, now })).resolves.toBeNull();
    }
    const first = SIGN_IN_LIMIT.firstDelaySeconds * 1000;
    const at = (ms: number) => new Date(now.getTime() + ms);
    await expect(
      verifySignIn({ email: "delays@example.test", password: "guess", ip, now: at(first - 1000) }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    now = at(first);
    await expect(verifySignIn({ email: "delays@example.test", password: "guess", ip, now })).resolves.toBeNull();
    // Six failures now: the next delay is twice the first.
    await expect(
      verifySignIn({ email: "delays@example.test", password: "right-password-1", ip, now: at(first) }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    now = at(2 * first);
    await expect(
      verifySignIn({ email: "delays@example.test", password: "right-password-1", ip, now }),
    ).resolves.not.toBeNull();
    // Cleared: the free failures are available again at once.
    await expect(verifySignIn({ email: "delays@example.test", password: "guess", ip, now })).resolves.toBeNull();
  });
});
