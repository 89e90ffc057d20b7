// Server-only: uses node:crypto and a server secret. Never import from client components.
import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

/** What a token grants: a one-click unsubscribe, or reading the private calendar feed. */
export type TokenPurpose = "unsubscribe" | "calendar";

export interface TokenPayload {
  purpose: TokenPurpose;
  userId: string;
  /**
   * Revocation counter: store the user's current version; a token whose version differs is refused by
   * the caller. Regenerating the calendar URL increments it.
   */
  version: number;
  /** Optional expiry, seconds since the epoch. (Unsubscribe links use ./unsubscribe-token: sealed, expiring.) */
  exp?: number;
}

/** Domain separation: a token signed here cannot be confused with another HMAC over the same secret. */
const CONTEXT = "recall-token-v1.";
const MIN_SECRET_LENGTH = 16;

function mac(body: string, secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new AppError("INVALID_INPUT", `The token secret must be at least ${MIN_SECRET_LENGTH} characters.`, {
      reason: "invalid-config",
    });
  }
  return createHmac("sha256", secret)
    .update(CONTEXT + body)
    .digest();
}

/**
 * A URL-safe signed token `<base64url(JSON payload)>.<base64url(HMAC-SHA256)>`. Not encrypted: the
 * payload is readable, only tamper-proof.
 *
 * @example signToken({ purpose: "unsubscribe", userId: "u1", version: 0 }, secret) // "eyJw….Qm9…"
 */
export function signToken(payload: TokenPayload, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${mac(body, secret).toString("base64url")}`;
}

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.purpose === "unsubscribe" || v.purpose === "calendar") &&
    typeof v.userId === "string" &&
    v.userId.length > 0 &&
    typeof v.version === "number" &&
    Number.isInteger(v.version) &&
    (v.exp === undefined || typeof v.exp === "number")
  );
}

export interface VerifyOptions {
  /** Refuse tokens made for another purpose (a calendar token must not unsubscribe). */
  purpose?: TokenPurpose;
  /** Needed to check `exp`; tokens with `exp` are refused when `now` is not given. */
  now?: Date;
}

/**
 * The payload of a token signed with `secret`, or `null` when it is malformed, tampered with, signed
 * with another secret, of another purpose or expired. Compares signatures in constant time. The caller
 * still checks `version` against the user's current one.
 */
export function verifyToken(token: string, secret: string, options: VerifyOptions = {}): TokenPayload | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [body, signature] = parts as [string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  // Compare the canonical base64url text, so no other spelling of the same bytes is accepted.
  const expected = Buffer.from(mac(body, secret).toString("base64url"), "utf8");
  const given = Buffer.from(signature, "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!isPayload(payload)) return null;
  if (options.purpose !== undefined && payload.purpose !== options.purpose) return null;
  if (payload.exp !== undefined && (!options.now || options.now.getTime() / 1000 >= payload.exp)) return null;
  return payload;
}

/**
 * Headers for one-click unsubscribe (RFC 8058 with RFC 2369): `url` must be https (http is accepted
 * for local development) and should contain the signed token; the endpoint must accept a POST with
 * body `List-Unsubscribe=One-Click` without sign-in. `mailto` is an optional fallback address.
 *
 * @example listUnsubscribeHeaders("https://recall.example/api/unsubscribe?token=…")
 *   // { "List-Unsubscribe": "<https://…>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
 */
export function listUnsubscribeHeaders(
  url: string,
  mailto?: string,
): { "List-Unsubscribe": string; "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("INVALID_INPUT", `Not a valid unsubscribe URL: "${url}".`, { reason: "invalid-config" });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new AppError("INVALID_INPUT", "The unsubscribe URL must be https.", { reason: "invalid-config" });
  }
  const links = [`<${parsed.href}>`];
  if (mailto) {
    const address = mailto.replace(/^mailto:/i, "");
    if (!/^[^\s<>@]+@[^\s<>@]+$/.test(address))
      throw new AppError("INVALID_INPUT", "Invalid unsubscribe address.", { reason: "invalid-config" });
    links.push(`<mailto:${address}?subject=unsubscribe>`);
  }
  return { "List-Unsubscribe": links.join(", "), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
