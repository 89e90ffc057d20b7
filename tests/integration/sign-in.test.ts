import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { SIGN_IN_LIMIT, verifySignIn } from "@/lib/db/users/verify-sign-in";
import { createUser } from "@/lib/db/users/create-user";
import "./helpers";

describe("signing in", () => {
  test("right password signs in, wrong password does not, emails are case-insensitive", async () => {
    const user = await createUser({ email: "Case.Study@Example.test", password: "right-password-1" });
    await expect(
      verifySignIn({ email: "case.study@example.test", password: "right-password-1" }),
    ).resolves.toMatchObject({ id: user.id });
    await expect(verifySignIn({ email: "CASE.STUDY@example.test", password: "wrong-password-1" })).resolves.toBeNull();
    await expect(verifySignIn({ email: "nobody@example.test", password: "right-password-1" })).resolves.toBeNull();
  });

  test("after too many failures even the right password is refused until the window passes", async () => {
    await createUser({ email: "limited@example.test", password: "right-password-1" });
    const start = new Date("2026-05-01T10:00:00Z");
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.failures; attempt++) {
      await expect(
        verifySignIn({ email: "limited@example.test", password: `guess-${attempt}`, now: start }),
      ).resolves.toBeNull();
    }
    await expect(
      verifySignIn({ email: "limited@example.test", password: "right-password-1", now: start }),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    const later = new Date(start.getTime() + (SIGN_IN_LIMIT.windowMinutes + 1) * 60_000);
    await expect(
      verifySignIn({ email: "limited@example.test", password: "right-password-1", now: later }),
    ).resolves.not.toBeNull();
  });

  test("one address trying many accounts is limited too", async () => {
    const ip = "203.0.113.7";
    for (let attempt = 0; attempt < SIGN_IN_LIMIT.clientFailures; attempt++) {
      await verifySignIn({ email: `spray-${attempt}@example.test`, password: "whatever-1", ip });
    }
    await expect(verifySignIn({ email: "fresh@example.test", password: "whatever-1", ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(db().signInAttempt.count({ where: { ip } })).resolves.toBe(SIGN_IN_LIMIT.clientFailures);
  });
});
