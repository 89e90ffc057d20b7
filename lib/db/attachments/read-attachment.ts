import { db } from "@/lib/db/client";

/** The bytes and type of one of the user's images by content hash; null when this user has none such. */
export async function readAttachment(options: { userId: string; hash: string }) {
  return db().attachmentContent.findUnique({
    where: { userId_hash: { userId: options.userId, hash: options.hash } },
    select: { mimeType: true, data: true },
  });
}
