import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { makeUser } from "./helpers";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { listOutboxMessages } from "@/lib/db/reminders/outbox";
import { PASSWORD_RESET_LIMIT, requestPasswordReset, resetPassword } from "@/lib/db/users/password-reset";
import { isAppError } from "@/lib/errors";
import { mailPasswordReset } from "@/lib/server/auth/password-reset-mail";
import { resetReminderConfig } from "@/lib/server/reminders/config";

beforeAll(() => {
  process.env.APP_URL = "https://recall.example";
  process.env.RECALL_UNSUBSCRIBE_SECRET = "password-reset-test-secret-0123456789";
  process.env.RECALL_VAPID_PUBLIC_KEY = "BIntegrationTestPublicKeyNotUsedForSending000000";
  process.env.RECALL_VAPID_PRIVATE_KEY = "integration-private-key-not-used-000000";
  delete process.env.SMTP_URL;
  resetReminderConfig();
});

/** A client address of its own per test, so the per-client limit of one test never touches another. */
const newClient = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const minutes = (n: number) => n * 60_000;

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? error.reason : `not an AppError: ${String(error)}`;
  }
  return "no error";
}

describe("forgot password: requesting a link", () => {
  test("a known address gets a link mailed to the outbox in its language; only the token's hash is stored", async () => {
    const user = await makeUser();
    await db().user.update({ where: { id: user.id }, data: { locale: "ko" } });
    const grant = await requestPasswordReset({ email: user.email.toUpperCase(), client: newClient() });
    expect(grant?.userId).toBe(user.id);
    await mailPasswordReset(grant!, { pageLocale: "en" });

    const message = await db().outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(message.kind).toBe("password-reset");
    expect(message.text).toContain(`https://recall.example/reset-password?token=${grant!.token}`);
    expect(message.subject).toMatch(/[가-힣]/);
    const rows = await db().passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(grant!.token);
    expect(JSON.stringify(rows)).not.toContain(grant!.token);
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(minutes(59));
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(minutes(60));
    // Not in the in-app outbox: a stolen session must not be able to read the link.
    await expect(listOutboxMessages({ userId: user.id })).resolves.toEqual([]);
  });

  test("an unknown address gets the same answer: no error, nothing stored but the counted request", async () => {
    const email = `nobody-${randomUUID()}@example.test`;
    await expect(requestPasswordReset({ email, client: newClient() })).resolves.toBeNull();
    await expect(db().passwordResetRequest.count({ where: { email } })).resolves.toBe(1);
  });

  test("rate-limited per address, known or unknown alike", async () => {
    const user = await makeUser();
    const unknown = `nobody-${randomUUID()}@example.test`;
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < PASSWORD_RESET_LIMIT.perEmail; i++) {
        await requestPasswordReset({ email, client: newClient() });
      }
      expect(await reasonOf(requestPasswordReset({ email, client: newClient() }))).toBe("too-many-reset-requests");
    }
    // An hour later the address may ask again.
    const later = new Date(Date.now() + minutes(61));
    await expect(requestPasswordReset({ email: user.email, client: newClient(), now: later })).resolves.not.toBeNull();
  });

  test("rate-limited per client across addresses, and a burst cannot outrun the count", async () => {
    const client = newClient();
    const burst = Array.from({ length: PASSWORD_RESET_LIMIT.perClient + 5 }, () =>
      reasonOf(requestPasswordReset({ email: `nobody-${randomUUID()}@example.test`, client })),
    );
    const reasons = await Promise.all(burst);
    expect(reasons.filter((reason) => reason === "no error")).toHaveLength(PASSWORD_RESET_LIMIT.perClient);
    expect(reasons.filter((reason) => reason === "too-many-reset-requests")).toHaveLength(5);
  });
});

describe("forgot password: using a link", () => {
  test("sets the password, revokes every session, and works only once (also when raced)", async () => {
    const user = await makeUser();
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const grant = await requestPasswordReset({ email: user.email, client: newClient() });
    const results = await Promise.all([
      reasonOf(resetPassword({ token: grant!.token, newPassword: "brand-new-pass-1" })),
      reasonOf(resetPassword({ token: grant!.token, newPassword: "other-new-pass-2" })),
    ]);
    expect(results.sort()).toEqual(["invalid-reset-link", "no error"]);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionEpoch).toBe(before.sessionEpoch + 1);
    await expect(verifyPassword("integration-pass-1", after.passwordHash)).resolves.toBe(false);
    const verified = await Promise.all(
      ["brand-new-pass-1", "other-new-pass-2"].map((password) => verifyPassword(password, after.passwordHash)),
    );
    expect(verified.filter(Boolean)).toHaveLength(1);
    expect(await reasonOf(resetPassword({ token: grant!.token, newPassword: "third-new-pass-3" }))).toBe(
      "invalid-reset-link",
    );
  });

  test("expires after an hour (injected clock)", async () => {
    const user = await makeUser();
    const issued = new Date();
    const grant = await requestPasswordReset({ email: user.email, client: newClient(), now: issued });
    const atExpiry = new Date(issued.getTime() + minutes(PASSWORD_RESET_LIMIT.linkLifetimeMinutes));
    expect(await reasonOf(resetPassword({ token: grant!.token, newPassword: "brand-new-pass-1", now: atExpiry }))).toBe(
      "invalid-reset-link",
    );
    const justBefore = new Date(atExpiry.getTime() - 1000);
    await resetPassword({ token: grant!.token, newPassword: "brand-new-pass-1", now: justBefore });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    await expect(verifyPassword("brand-new-pass-1", after.passwordHash)).resolves.toBe(true);
  });

  test("unknown tokens and other links of the account after a reset are refused", async () => {
    const user = await makeUser();
    const first = await requestPasswordReset({ email: user.email, client: newClient() });
    const second = await requestPasswordReset({ email: user.email, client: newClient() });
    expect(await reasonOf(resetPassword({ token: "x".repeat(43), newPassword: "brand-new-pass-1" }))).toBe(
      "invalid-reset-link",
    );
    await resetPassword({ token: second!.token, newPassword: "brand-new-pass-1" });
    expect(await reasonOf(resetPassword({ token: first!.token, newPassword: "other-new-pass-2" }))).toBe(
      "invalid-reset-link",
    );
  });
});
