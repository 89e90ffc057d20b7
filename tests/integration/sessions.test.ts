import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { changePassword } from "@/lib/db/users/change-password";
import { findSignedInUser } from "@/lib/db/users/find-signed-in-user";
import { currentSessionEpoch, revokeAllSessions, revokeSession } from "@/lib/db/users/sessions";
import { verifySignIn } from "@/lib/db/users/verify-sign-in";
import { makeUser } from "./helpers";

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000);

describe("revoking sessions", () => {
  test("a signed-out session is refused even if its token is replayed; other sessions go on", async () => {
    const user = await makeUser();
    const epoch = await currentSessionEpoch(user.id);
    const [phone, laptop] = [randomUUID(), randomUUID()];
    await expect(findSignedInUser({ uid: user.id, epoch, sid: phone })).resolves.toMatchObject({ id: user.id });
    await revokeSession({ userId: user.id, sid: phone, expiresAt: inAMonth() });
    await expect(findSignedInUser({ uid: user.id, epoch, sid: phone })).resolves.toBeNull();
    await expect(findSignedInUser({ uid: user.id, epoch, sid: laptop })).resolves.toMatchObject({ id: user.id });
  });

  test("sign out everywhere refuses every earlier token, also ones without a session id", async () => {
    const user = await makeUser();
    const before = await currentSessionEpoch(user.id);
    const after = await revokeAllSessions(user.id);
    expect(after).toBe(before + 1);
    await expect(findSignedInUser({ uid: user.id, epoch: before, sid: randomUUID() })).resolves.toBeNull();
    await expect(findSignedInUser({ uid: user.id, epoch: before, sid: null })).resolves.toBeNull();
    await expect(findSignedInUser({ uid: user.id, epoch: after, sid: randomUUID() })).resolves.not.toBeNull();
  });

  test("changing the password needs the current one and revokes the other sessions", async () => {
    const user = await makeUser();
    const before = await currentSessionEpoch(user.id);
    await expect(
      changePassword({ userId: user.id, currentPassword: "not-it-123", newPassword: "brand-new-pass-2" }),
    ).rejects.toMatchObject({ reason: "invalid-credentials", field: "currentPassword" });
    const epoch = await changePassword({
      userId: user.id,
      currentPassword: "integration-pass-1",
      newPassword: "brand-new-pass-2",
    });
    expect(epoch).toBe(before + 1);
    await expect(findSignedInUser({ uid: user.id, epoch: before, sid: randomUUID() })).resolves.toBeNull();
    await expect(verifySignIn({ email: user.email, password: "brand-new-pass-2" })).resolves.not.toBeNull();
    await expect(verifySignIn({ email: user.email, password: "integration-pass-1" })).resolves.toBeNull();
  });
});
