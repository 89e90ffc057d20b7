import { db } from "@/lib/db/client";

/** The epoch a new session of this user starts with. */
export async function currentSessionEpoch(userId: string): Promise<number> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionEpoch: true } });
  return user?.sessionEpoch ?? 0;
}

/** Signs one session out for good: its token is refused even if replayed before it expires. */
export async function revokeSession(options: { userId: string; sid: string; expiresAt: Date; now?: Date }) {
  const now = options.now ?? new Date();
  await db().$transaction([
    // Rows of tokens that have expired anyway are no longer needed.
    db().revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().revokedSession.upsert({
      where: { sid: options.sid },
      create: { sid: options.sid, userId: options.userId, expiresAt: options.expiresAt },
      update: {},
    }),
  ]);
}

/** Signs out every session of the account (sign out everywhere, password change); returns the new epoch. */
export async function revokeAllSessions(userId: string): Promise<number> {
  const user = await db().user.update({
    where: { id: userId },
    data: { sessionEpoch: { increment: 1 } },
    select: { sessionEpoch: true },
  });
  return user.sessionEpoch;
}
