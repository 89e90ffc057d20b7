import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { verifySignIn } from "@/lib/db/users/verify-sign-in";
import { isAppError } from "@/lib/errors";
import { clientIp } from "./client-ip";
import { signInSchema } from "@/lib/validations/auth";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

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
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
