import { type NextRequest, NextResponse } from "next/server";
import { newNonce, pageSecurityHeaders, servedOverHttps } from "@/lib/auth/security-headers";
import { renewedSessionToken, SESSION_COOKIES, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";

/**
 * Every page response gets the security headers with a fresh CSP nonce (Next.js reads the nonce from the
 * request's CSP header and puts it on its scripts; pages are rendered per request anyway, for the
 * session and the language). Rolling sessions: a page load with a session issued more than a day ago
 * gets a fresh 30-day cookie, so only 30 days without a visit sign a student out. Pages only: the review
 * API stays cookie-read-only.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    https: servedOverHttps(request.headers, process.env.TRUSTED_PROXIES),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] as string);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);

  const name = SESSION_COOKIES.find((cookie) => request.cookies.has(cookie));
  if (!name) return response;
  const renewed = await renewedSessionToken(request.cookies.get(name)?.value, process.env.NEXTAUTH_SECRET ?? "");
  if (renewed) {
    response.cookies.set(name, renewed, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  }
  return response;
}

export const config = {
  // Page routes: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
