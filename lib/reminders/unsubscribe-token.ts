// Server-only: uses node:crypto and a server secret. Never import from client components.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * How long an unsubscribe link in a mail keeps working: long enough for an old digest found in the
 * inbox months later, but not forever (a leaked link stops working on its own).
 */
export const UNSUBSCRIBE_TOKEN_LIFETIME_DAYS = 180;

/** What an unsubscribe link carries, sealed: nobody but the server can read or change it. */
export interface UnsubscribeGrant {
  userId: string;
  /** The account's unsubscribe version when the mail was sent; re-subscribing bumps it and revokes old links. */
  version: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const PREFIX = "u2.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Separate keys per use, derived from the one unsubscribe secret (so it never encrypts and MACs with one key). */
function key(secret: string, use: "seal" | "message-id"): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "recall-unsubscribe", `recall-unsubscribe-${use}-v2`, 32));
}

/**
 * An opaque unsubscribe token: the grant encrypted and authenticated with AES-256-GCM under a key
 * derived from `secret`, valid for UNSUBSCRIBE_TOKEN_LIFETIME_DAYS from `now`. URL-safe; it reveals
 * neither the user id nor the version.
 *
 * @example sealUnsubscribeToken({ userId: "u1", version: 0 }, secret, now) // "u2.Qm9…"
 */
export function sealUnsubscribeToken(grant: { userId: string; version: number }, secret: string, now: Date): string {
  const exp = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_LIFETIME_DAYS * 86_400;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(secret, "seal"), iv);
  const body = Buffer.concat([
    cipher.update(JSON.stringify({ u: grant.userId, v: grant.version, e: exp }), "utf8"),
    cipher.final(),
  ]);
  return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/**
 * The grant inside a token sealed with `secret`, or null when it is malformed, tampered with, sealed
 * with another secret or expired at `now`. The caller still checks `version` against the account's.
 */
export function openUnsubscribeToken(token: string, secret: string, now: Date): UnsubscribeGrant | null {
  if (!token.startsWith(PREFIX)) return null;
  const text = token.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const raw = Buffer.from(text, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  let plain: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret, "seal"), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
  const parsed = JSON.parse(plain) as { u?: unknown; v?: unknown; e?: unknown };
  if (typeof parsed.u !== "string" || !Number.isInteger(parsed.v) || typeof parsed.e !== "number") return null;
  if (now.getTime() / 1000 >= parsed.e) return null;
  return { userId: parsed.u, version: parsed.v as number, exp: parsed.e };
}

/**
 * The Message-ID of one digest: the same for a repeated send of one user's day (mail systems see the
 * duplicate), but without the user id: an HMAC of it, so nothing in the headers names the account.
 *
 * @example digestMessageId({ userId: "u1", localDay: "2026-03-08", secret, host: "recall.example" })
 *   // "<digest.3f9c…@recall.example>"
 */
export function digestMessageId(options: { userId: string; localDay: string; secret: string; host: string }): string {
  const id = createHmac("sha256", key(options.secret, "message-id"))
    .update(`${options.userId}\n${options.localDay}`)
    .digest("base64url")
    .slice(0, 32);
  return `<digest.${id}@${options.host}>`;
}
