import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Revokes one of the user's tokens; from this moment every request with it gets 401 (authentication
 * reads the row on each request, nothing is cached). Revoking twice keeps the first time.
 */
export async function revokeApiToken(options: { userId: string; tokenId: string; now: Date }): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: options.tokenId, userId: options.userId, revokedAt: null },
    data: { revokedAt: options.now },
  });
  if (count > 0) return;
  const exists = await db().apiToken.count({ where: { id: options.tokenId, userId: options.userId } });
  if (exists === 0) throw new AppError("NOT_FOUND", "token not found", { reason: "not-found" });
}
