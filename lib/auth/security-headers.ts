/**
 * Security headers of page responses, set by proxy.ts (docs/security.md). The CSP is nonce-based and
 * strict: Next.js puts the request's nonce on its own scripts, and `'strict-dynamic'` lets those load the
 * rest of the app, so no host list is needed and no injected script runs.
 */
import { fromTrustedProxy } from "./client-ip";

type HeaderReader = { get(name: string): string | null };

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the browser reached us over https: `next start` itself speaks plain http, so only the
 * `X-Forwarded-Proto` of a proxy listed in TRUSTED_PROXIES is believed.
 */
export function servedOverHttps(headers: HeaderReader, trustedProxies: string | undefined): boolean {
  if (!fromTrustedProxy(headers, trustedProxies)) return false;
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}

// Features no page of Recall uses; denied so that injected or third-party code cannot ask for them either.
const DENIED_FEATURES = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "bluetooth",
  "hid",
  "midi",
  "magnetometer",
  "gyroscope",
  "accelerometer",
  "display-capture",
  "browsing-topics",
];

/**
 * The page headers for one response. `dev`: React's development build needs `eval` for its error
 * overlays. `https`: adds HSTS (one year, this host only) and upgrades stray http subresources.
 */
export function pageSecurityHeaders(options: { nonce: string; dev: boolean; https: boolean }): Record<string, string> {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React's style={…} props become style attributes, which a nonce cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Remote images in notes load only on the student's request (a placeholder first), straight from their host.
    "img-src 'self' data: blob: https: http:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js) and the simulator's module worker, both same-origin scripts.
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": policy,
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
