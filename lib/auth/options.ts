import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { currentSessionEpoch, revokeSession } from "@/lib/db/users/sessions";
import { verifySignIn } from "@/lib/db/users/verify-sign-in";
import { isAppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { signInSchema } from "@/lib/validations/auth";
import { claimsOf, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

type RequestHeaders = Record<string, string | string[] | undefined> | undefined;

/**
 * The credentials provider's check. next-auth passes a thrown message to the client as `error` (in the
 * JSON and the redirect URL), so only fixed codes are thrown here, never a driver's text.
 */
export async function authorizeCredentials(credentials: unknown, headers: RequestHeaders) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  try {
    const user = await verifySignIn({ ...parsed.data, ip: clientIp(headers, process.env.TRUSTED_PROXIES) });
    return user ? { id: user.id, email: user.email, name: user.name } : null;
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
    console.error("[sign-in]", error);
    throw new Error(isDatabaseUnavailable(error) ? "UNAVAILABLE" : "INTERNAL");
  }
}

/** A same-origin URL to go to after sign-in or sign-out; anything else (malformed, foreign) is home. */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
  try {
    return new URL(url).origin === new URL(baseUrl).origin ? url : baseUrl;
  } catch {
    return baseUrl;
  }
}

/**
 * Sessions are signed JWT cookies (next-auth's only choice with passwords), so any app instance that
 * shares NEXTAUTH_SECRET can serve any request; attempts and accounts live in PostgreSQL.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request?.headers),
    }),
  ],
  events: {
    async signOut({ token }) {
      const claims = claimsOf(token);
      if (!claims?.sid) return;
      const expiresAt = new Date(
        (typeof token.exp === "number" ? token.exp : Date.now() / 1000 + SESSION_MAX_AGE_SECONDS) * 1000,
      );
      await revokeSession({ userId: claims.uid, sid: claims.sid, expiresAt });
    },
  },
  callbacks: {
    // next-auth's default parses callbackUrl with `new URL`, so a malformed one was a 500.
    redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
    async jwt({ token, user }) {
      // A new session: remember the account's epoch (bumped to revoke all sessions) and give it an id
      // (stored when it signs out, so a replayed copy of the token is refused).
      if (user) {
        token.uid = user.id;
        token.epoch = await currentSessionEpoch(user.id);
        token.sid = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
