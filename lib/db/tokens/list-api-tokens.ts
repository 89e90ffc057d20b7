import { db } from "@/lib/db/client";

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** The user's tokens, newest first (revoked ones too, so the student sees what was revoked). */
export function listApiTokens(options: { userId: string }): Promise<ApiTokenSummary[]> {
  return db().apiToken.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
