import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Sign-in limits (documented in docs/security.md):
 * - per (account, client): `failures` wrong passwords are free; after that each attempt must wait a delay
 *   that doubles from `firstDelaySeconds` up to `maxDelaySeconds` after the last failure. Other clients
 *   are unaffected, so nobody can lock a student out from elsewhere, and a success clears the count.
 * - per client across accounts: `clientFailures` failures within the window, then refused (password spraying).
 * Failures older than `windowMinutes` are forgotten.
 */
export const SIGN_IN_LIMIT = {
  failures: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  clientFailures: 20,
  windowMinutes: 15,
};

// Compared against when the email is unknown, so both paths cost one scrypt and timing leaks nothing.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** Seconds to wait after the last failure, given `failures` failures of one (account, client) pair. */
export function signInDelaySeconds(failures: number): number {
  if (failures < SIGN_IN_LIMIT.failures) return 0;
  const doublings = Math.min(failures - SIGN_IN_LIMIT.failures, 20);
  return Math.min(SIGN_IN_LIMIT.firstDelaySeconds * 2 ** doublings, SIGN_IN_LIMIT.maxDelaySeconds);
}

/**
 * Decides, under per-account and per-client advisory locks, whether this attempt may check the password,
 * and if so records it as a failure before the (slow) hash check. Concurrent attempts therefore see each
 * other: the count and the insert are one serialised step, so a burst cannot outrun the limit.
 */
async function admitAttempt(email: string, ip: string | null, now: Date): Promise<bigint> {
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000);
  return db().$transaction(
    async (tx) => {
      // Account lock first, then client lock: one order everywhere, so two attempts never deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
      if (ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:client:${ip}`}, 0))`;

      const lastSuccess = await tx.signInAttempt.findFirst({
        where: { email, ip, succeeded: true },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      const pairFailures = await tx.signInAttempt.findMany({
        where: { email, ip, succeeded: false, createdAt: { gte: since }, id: { gt: lastSuccess?.id ?? 0n } },
        orderBy: { id: "desc" },
        select: { createdAt: true },
      });
      const delay = signInDelaySeconds(pairFailures.length);
      const lastFailure = pairFailures[0]?.createdAt;
      if (delay > 0 && lastFailure && now.getTime() < lastFailure.getTime() + delay * 1000) {
        throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts; wait 15 minutes.", {
          reason: "rate-limited",
        });
      }
      if (ip) {
        const clientFailures = await tx.signInAttempt.count({
          where: { ip, succeeded: false, createdAt: { gte: since } },
        });
        if (clientFailures >= SIGN_IN_LIMIT.clientFailures)
          throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts; wait 15 minutes.", {
            reason: "rate-limited",
          });
      }
      const attempt = await tx.signInAttempt.create({
        data: { email, ip, succeeded: false, createdAt: now },
        select: { id: true },
      });
      return attempt.id;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * Checks an email and password. Attempts are recorded in the database so the limits hold across app
 * instances. Returns the user, null for wrong credentials, or throws AppError RATE_LIMITED.
 */
export async function verifySignIn(options: {
  email: string;
  password: string;
  ip?: string | null;
  now?: Date;
}): Promise<{ id: string; email: string; name: string | null } | null> {
  const email = options.email.trim().toLowerCase();
  const ip = options.ip ?? null;
  const attemptId = await admitAttempt(email, ip, options.now ?? new Date());

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(options.password, user?.passwordHash ?? DUMMY_HASH);
  if (!ok || !user) return null;
  // The attempt was recorded as a failure while the hash was checked; a success clears the pair's count.
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  return { id: user.id, email: user.email, name: user.name };
}
