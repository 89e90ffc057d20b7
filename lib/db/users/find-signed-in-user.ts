import { db } from "@/lib/db/client";

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
 * on) or this session was signed out. Still one query (revocation is a NOT EXISTS inside it), the single
 * round trip the session lookup always cost, so the review hot path gains none.
 */
export function findSignedInUser(claims: SessionClaims): Promise<SignedInUser | null> {
  return db().user.findFirst({
    where: {
      id: claims.uid,
      sessionEpoch: claims.epoch,
      ...(claims.sid ? { revokedSessions: { none: { sid: claims.sid } } } : {}),
    },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      dayStartHour: true,
      dailyReviewCap: true,
      dailyNewLimit: true,
      targetRetention: true,
      locale: true,
      loadRemoteImages: true,
    },
  });
}
