import { db } from "@/lib/db/client";

/** The user's attachments by vault path: `{ path, hash, mimeType, size }`, sorted by path. */
export async function listAttachments(options: { userId: string }) {
  const rows = await db().attachment.findMany({
    where: { userId: options.userId },
    select: { path: true, contentHash: true, content: { select: { mimeType: true, size: true } } },
    orderBy: { path: "asc" },
  });
  return rows.map((row) => ({
    path: row.path,
    hash: row.contentHash,
    mimeType: row.content.mimeType,
    size: row.content.size,
  }));
}

/** Vault path → content hash of the user's attachments, for resolving a note's images when rendering. */
export async function attachmentHashes(options: { userId: string }): Promise<Map<string, string>> {
  const rows = await db().attachment.findMany({
    where: { userId: options.userId },
    select: { path: true, contentHash: true },
  });
  return new Map(rows.map((row) => [row.path, row.contentHash]));
}
