import { sqlPool } from "@/lib/db/client";

/** The account fields pages and actions need about the signed-in user. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  dayStartHour: number;
  dailyReviewCap: number;
  dailyNewLimit: number;
  targetRetention: number;
  locale: string | null;
  /** Load http(s) images in notes without asking (the client's RemoteImages). */
  loadRemoteImages: boolean;
}

/** What a session token claims: the user, the account's session epoch at sign-in, this session's id. */
export interface SessionClaims {
  uid: string;
  epoch: number;
  sid: string | null;
}

/**
 * The account behind a session, or null when it was deleted, all its sessions were revoked (the epoch moved
 * on) or this session was signed out. One query on the plain pg pool (revocation is a NOT EXISTS inside it):
 * every API request runs it, and Prisma's query building and row decoding cost more than the query itself.
 */
export async function findSignedInUser(claims: SessionClaims): Promise<SignedInUser | null> {
  const { rows } = await sqlPool().query<SignedInUser>(
    `select id, email, name, "timeZone", "dayStartHour", "dailyReviewCap", "dailyNewLimit", "targetRetention", locale,
            "loadRemoteImages"
     from "User" u
     where u.id = $1 and u."sessionEpoch" = $2
       and ($3::text is null or not exists (select 1 from "RevokedSession" s where s."userId" = u.id and s.sid = $3))`,
    [claims.uid, claims.epoch, claims.sid],
  );
  return rows[0] ?? null;
}
