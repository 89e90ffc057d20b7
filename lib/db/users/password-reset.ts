import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Forgot-password limits: requests per address and per client an hour (whether the account exists or
 * not, so the limit says nothing about it), and how long a link works.
 */
export const PASSWORD_RESET_LIMIT = {
  perEmail: 3,
  perClient: 10,
  windowMinutes: 60,
  linkLifetimeMinutes: 60,
};

/** What the stored row knows of a token: its SHA-256 (a database leak yields no working link). */
function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The account a granted request is for, and the link's secret (only ever mailed, never stored). */
export interface PasswordResetGrant {
  userId: string;
  email: string;
  name: string | null;
  locale: string | null;
  token: string;
  expiresAt: Date;
}

/**
 * Counts a forgot-password request against its address's and client's limits (one serialised step:
 * advisory locks per address and client, so a burst cannot outrun the count) and, when the address
 * belongs to an account, issues a single-use link valid PASSWORD_RESET_LIMIT.linkLifetimeMinutes.
 * Returns null for an unknown address: the caller answers the same either way. Throws AppError
 * RATE_LIMITED (`too-many-reset-requests`) past either limit, for known and unknown addresses alike.
 */
export async function requestPasswordReset(options: {
  email: string;
  client: string | null;
  now?: Date;
}): Promise<PasswordResetGrant | null> {
  const email = options.email.trim().toLowerCase();
  const client = options.client ?? "unknown";
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - PASSWORD_RESET_LIMIT.windowMinutes * 60_000);
  return db().$transaction(
    async (tx) => {
      // Always in this order (address, then client), so two requests never wait on each other's lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`password-reset:email:${email}`}, 0))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`password-reset:client:${client}`}, 0))`;
      const [byEmail, byClient] = await Promise.all([
        tx.passwordResetRequest.count({ where: { email, createdAt: { gte: since } } }),
        tx.passwordResetRequest.count({ where: { client, createdAt: { gte: since } } }),
      ]);
      if (byEmail >= PASSWORD_RESET_LIMIT.perEmail || byClient >= PASSWORD_RESET_LIMIT.perClient) {
        throw new AppError("RATE_LIMITED", "Too many password reset requests; try again later.", {
          reason: "too-many-reset-requests",
        });
      }
      // Requests older than the window count for nothing any more.
      await tx.passwordResetRequest.deleteMany({ where: { createdAt: { lt: since } } });
      await tx.passwordResetRequest.create({ data: { email, client, createdAt: now } });
      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, locale: true },
      });
      if (!user) return null;
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIMIT.linkLifetimeMinutes * 60_000);
      await tx.passwordResetToken.create({ data: { tokenHash: tokenHash(token), userId: user.id, expiresAt } });
      return { userId: user.id, email: user.email, name: user.name, locale: user.locale, token, expiresAt };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

function invalidLink(): AppError {
  return new AppError("INVALID_INPUT", "This password reset link is invalid, used or expired.", {
    reason: "invalid-reset-link",
  });
}

/**
 * Sets a new password through a reset link, once: the token is consumed in the same statement that
 * checks it (a second use, even concurrent, finds it used), every session of the account is revoked
 * (session epoch) and every other outstanding link deleted. Signs nobody in. Throws AppError
 * `invalid-reset-link` for an unknown, used or expired token. `newPassword` is already validated.
 */
export async function resetPassword(options: { token: string; newPassword: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const hash = tokenHash(options.token);
  // A cheap check first, so a bad link never costs a 32 MiB scrypt.
  const pending = await db().passwordResetToken.findFirst({
    where: { tokenHash: hash, usedAt: null, expiresAt: { gt: now } },
    select: { userId: true },
  });
  if (!pending) throw invalidLink();
  const passwordHash = await hashPassword(options.newPassword);
  await db().$transaction(async (tx) => {
    const consumed = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) throw invalidLink();
    await tx.user.update({
      where: { id: pending.userId },
      data: { passwordHash, sessionEpoch: { increment: 1 } },
    });
    await tx.passwordResetToken.deleteMany({ where: { userId: pending.userId, tokenHash: { not: hash } } });
  });
}
