import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashTokenSecret, newTokenSecret, visiblePrefix } from "./token-secret";

export interface CreatedApiToken {
  id: string;
  /** The secret, returned this once; only its hash is kept. */
  token: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
}

/** Creates a personal access token for the user. `expiresAt` must be in the future when given. */
export async function createApiToken(options: {
  userId: string;
  name: string;
  expiresAt?: Date | null;
  now: Date;
}): Promise<CreatedApiToken> {
  const name = options.name.trim();
  if (!name) throw new AppError("INVALID_INPUT", "a token needs a name", { reason: "invalid-input", field: "name" });
  if (options.expiresAt && options.expiresAt <= options.now) {
    throw new AppError("INVALID_INPUT", "the expiry must be in the future", {
      reason: "invalid-input",
      field: "expiresAt",
    });
  }
  const token = newTokenSecret();
  const row = await db().apiToken.create({
    data: {
      userId: options.userId,
      name,
      prefix: visiblePrefix(token),
      tokenHash: hashTokenSecret(token),
      expiresAt: options.expiresAt ?? null,
      createdAt: options.now,
    },
    select: { id: true, name: true, prefix: true, expiresAt: true },
  });
  return { ...row, token };
}
