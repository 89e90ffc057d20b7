import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { cache } from "react";
import { redirect } from "next/navigation";
import { findSignedInUser, type SessionClaims, type SignedInUser } from "@/lib/db/users/find-signed-in-user";
import { claimsOf, readSessionToken, SESSION_COOKIES, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

export type { SignedInUser };

/** The signed-in user, or null (also when the account behind a still-valid cookie was deleted). */
export const currentUser = cache(async function currentUser(): Promise<SignedInUser | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  return findSignedInUser(claims);
});

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * The claims of the session cookie. Reads the JWT directly (decrypt + expiry check) rather than through
 * getServerSession, which also re-issues the cookie on every call: the review API is on a hot path.
 * `proxy.ts` renews the cookie instead, once a day, on page loads.
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  return claimsOf(await readSessionToken(raw, process.env.NEXTAUTH_SECRET ?? ""));
}

/**
 * After all sessions were revoked on purpose (password change), keeps this device signed in: a fresh
 * token with the new epoch and a new session id, in the cookie the browser already uses.
 */
export async function reissueSessionCookie(user: { id: string; email: string; name: string | null }, epoch: number) {
  const store = await cookies();
  const name = SESSION_COOKIES.find((cookie) => store.has(cookie)) ?? SESSION_COOKIES[1];
  const token = await encode({
    token: { uid: user.id, email: user.email, name: user.name, sub: user.id, epoch, sid: randomUUID() },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  store.set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** Forgets this device's session cookie (after signing out everywhere). */
export async function clearSessionCookie() {
  const store = await cookies();
  for (const name of SESSION_COOKIES) if (store.has(name)) store.delete(name);
}
