import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Changes a password after checking the current one, and revokes every session of the account (a thief
 * holding an old cookie is signed out). Returns the new session epoch, so the caller can re-issue the
 * current device's cookie.
 */
export async function changePassword(options: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<number> {
  const user = await db().user.findUnique({ where: { id: options.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(options.currentPassword, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", "The current password is not right.", {
      reason: "invalid-credentials",
      field: "currentPassword",
    });
  }
  const passwordHash = await hashPassword(options.newPassword);
  const updated = await db().user.update({
    where: { id: options.userId },
    data: { passwordHash, sessionEpoch: { increment: 1 } },
    select: { sessionEpoch: true },
  });
  return updated.sessionEpoch;
}
