import type { SignedInUser } from "@/lib/auth/session";
import { sqlPool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashTokenSecret, TOKEN_PREFIX } from "./token-secret";

export interface TokenUser {
  tokenId: string;
  user: SignedInUser;
}

/**
 * The user behind a bearer token, refusing (UNAUTHENTICATED) an unknown, revoked or expired one. One
 * statement both checks the token and records `lastUsedAt`, so a revocation takes effect on the very next
 * request: nothing is cached.
 */
export async function authenticateApiToken(options: { token: string; now: Date }): Promise<TokenUser> {
  if (!options.token.startsWith(TOKEN_PREFIX))
    throw new AppError("UNAUTHENTICATED", "not a Recall access token", { reason: "unauthenticated" });
  // Prisma's convention: timestamps are UTC wall-clock times in `timestamp(3)` columns.
  const now = options.now.toISOString();
  const { rows } = await sqlPool().query<SignedInUser & { tokenId: string }>(
    `update "ApiToken" t set "lastUsedAt" = $2::timestamp
       from "User" u
      where t."tokenHash" = $1 and u.id = t."userId" and t."revokedAt" is null
        and (t."expiresAt" is null or t."expiresAt" > $2::timestamp)
     returning t.id as "tokenId", u.id, u.email, u.name, u."timeZone", u."dayStartHour", u."dailyReviewCap",
               u."dailyNewLimit", u."targetRetention", u.locale`,
    [hashTokenSecret(options.token), now],
  );
  const row = rows[0];
  if (!row)
    throw new AppError("UNAUTHENTICATED", "the access token is unknown, revoked or expired", {
      reason: "unauthenticated",
    });
  const { tokenId, ...user } = row;
  return { tokenId, user };
}
