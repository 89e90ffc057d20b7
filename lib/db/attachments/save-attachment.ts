import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_LIMITS, detectImageType, type ImageType } from "@/lib/notes/attachments";

export interface SavedAttachment {
  path: string;
  hash: string;
  mimeType: ImageType;
  size: number;
}

/**
 * Stores an image at a vault path for the user. The bytes must be a PNG, JPEG, GIF or WebP by their
 * signature (400 `not-an-image` otherwise, SVG included) and at most `ATTACHMENT_LIMITS.maxBytes`; they are
 * kept once per user and content hash, however many paths carry them.
 */
export async function saveAttachment(options: {
  userId: string;
  path: string;
  bytes: Uint8Array;
}): Promise<SavedAttachment> {
  const { userId, path, bytes } = options;
  if (bytes.byteLength > ATTACHMENT_LIMITS.maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `an image may be at most ${ATTACHMENT_LIMITS.maxBytes} bytes`);
  }
  const mimeType = detectImageType(bytes);
  if (!mimeType) {
    throw new AppError("INVALID_INPUT", "the body is not a PNG, JPEG, GIF or WebP image (SVG is not accepted)", {
      reason: "not-an-image",
    });
  }
  const hash = createHash("sha256").update(bytes).digest("base64url");
  await db().$transaction([
    db().attachmentContent.upsert({
      where: { userId_hash: { userId, hash } },
      create: { userId, hash, mimeType, size: bytes.byteLength, data: Buffer.from(bytes) },
      update: {},
    }),
    db().attachment.upsert({
      where: { userId_path: { userId, path } },
      create: { userId, path, contentHash: hash },
      update: { contentHash: hash },
    }),
  ]);
  return { path, hash, mimeType, size: bytes.byteLength };
}
