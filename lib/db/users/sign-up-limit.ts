import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Sign-ups allowed per client address per window (each one costs a 32 MiB scrypt). */
/**
 * Sign-ups per client address an hour: 5 unless RECALL_SIGN_UPS_PER_HOUR says otherwise (a school behind one
 * address may need more; the browser tests, which all sign up from 127.0.0.1, set it high).
 */
export const SIGN_UP_LIMIT = {
  perClient: Number.parseInt(process.env.RECALL_SIGN_UPS_PER_HOUR ?? "", 10) || 5,
  windowMinutes: 60,
};

/**
 * Counts this sign-up against its client's limit, atomically (an advisory lock per client, so a burst
 * cannot outrun the count); throws AppError RATE_LIMITED when the client has used its sign-ups. Clients
 * whose address is unknown share one bucket.
 */
export async function admitSignUp(options: { client: string | null; now?: Date }): Promise<void> {
  const client = options.client ?? "unknown";
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - SIGN_UP_LIMIT.windowMinutes * 60_000);
  await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-up:client:${client}`}, 0))`;
      const recent = await tx.signUpAttempt.count({ where: { client, createdAt: { gte: since } } });
      if (recent >= SIGN_UP_LIMIT.perClient) {
        throw new AppError("RATE_LIMITED", "Too many sign-ups from this address; try again later.", {
          reason: "too-many-sign-ups",
        });
      }
      await tx.signUpAttempt.create({ data: { client, createdAt: now } });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
