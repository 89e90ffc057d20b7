import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Failed attempts allowed per email (and per IP, ×4) within the window before sign-in is refused. */
export const SIGN_IN_LIMIT = { failures: 5, windowMinutes: 15 };

// Compared against when the email is unknown, so both paths cost one scrypt and timing leaks nothing.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Checks an email and password. Attempts are recorded in the database so the limit holds across app
 * instances. Returns the user, null for wrong credentials, or throws AppError RATE_LIMITED.
 */
export async function verifySignIn(options: {
  email: string;
  password: string;
  ip?: string | null;
  now?: Date;
}): Promise<{ id: string; email: string; name: string | null } | null> {
  const email = options.email.trim().toLowerCase();
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db().signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    options.ip
      ? db().signInAttempt.count({ where: { ip: options.ip, succeeded: false, createdAt: { gte: since } } })
      : Promise.resolve(0),
  ]);
  if (byEmail >= SIGN_IN_LIMIT.failures || byIp >= SIGN_IN_LIMIT.failures * 4) {
    throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts; wait 15 minutes.", {
      reason: "rate-limited",
    });
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(options.password, user?.passwordHash ?? DUMMY_HASH);
  await db().signInAttempt.create({ data: { email, ip: options.ip ?? null, succeeded: ok && !!user, createdAt: now } });
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
}
