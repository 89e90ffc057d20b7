import { decode, encode, type JWT } from "next-auth/jwt";

/** How long a session lasts without a visit: 30 days. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A session is re-issued at most once a day, so a student who studies daily is never signed out. */
const RENEW_AFTER_SECONDS = 24 * 60 * 60;

/** next-auth's cookie names: the `__Secure-` one on HTTPS deployments. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * The user, epoch and session id a decoded token claims, or null. Tokens from before revocation existed
 * carry no epoch (read as 0, the starting epoch) and no session id (then only the epoch can revoke them).
 */
export function claimsOf(token: JWT | null): { uid: string; epoch: number; sid: string | null } | null {
  if (!token || typeof token.uid !== "string") return null;
  return {
    uid: token.uid,
    epoch: typeof token.epoch === "number" ? token.epoch : 0,
    sid: typeof token.sid === "string" ? token.sid : null,
  };
}

/** The claims of a session token, or null when it is missing, forged or expired. */
export async function readSessionToken(raw: string | undefined, secret: string): Promise<JWT | null> {
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret });
  } catch {
    return null;
  }
}

/**
 * A fresh token (same claims, a new 30-day expiry) when `raw` is a valid session issued more than a day
 * before `nowSeconds`; null when it needs no renewal or is not a valid session.
 */
export async function renewedSessionToken(
  raw: string | undefined,
  secret: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<string | null> {
  const token = await readSessionToken(raw, secret);
  if (!token || typeof token.uid !== "string") return null;
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (nowSeconds - issuedAt < RENEW_AFTER_SECONDS) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}
