import { createHash, randomBytes } from "node:crypto";

/** Every personal access token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = "rcl_";

/** A new secret: the prefix and 32 random bytes in base64url (43 characters). */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * What is stored instead of the secret. The secret has 256 random bits, so a plain SHA-256 is enough (no
 * password-style stretching), and it lets the database find the token by an indexed equality.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The part shown in lists: the prefix and the first four random characters (`rcl_AbC1…`). */
export function visiblePrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 4);
}
