import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { findSignedInUser, type SignedInUser } from "@/lib/db/users/find-signed-in-user";
import { readSessionToken, SESSION_COOKIES } from "./session-cookie";

export type { SignedInUser };

/** The signed-in user, or null (also when the account behind a still-valid cookie was deleted). */
export const currentUser = cache(async function currentUser(): Promise<SignedInUser | null> {
  const id = await sessionUserId();
  if (!id) return null;
  return findSignedInUser(id);
});

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * The user id in the session cookie. Reads the JWT directly (decrypt + expiry check) rather than through
 * getServerSession, which also re-issues the cookie on every call: the review API is on a hot path.
 * `proxy.ts` renews the cookie instead, once a day, on page loads.
 */
async function sessionUserId(): Promise<string | null> {
  const store = await cookies();
  const raw = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  const token = await readSessionToken(raw, process.env.NEXTAUTH_SECRET ?? "");
  return typeof token?.uid === "string" ? token.uid : null;
}
