import { readAttachment } from "@/lib/db/attachments/read-attachment";
import { AppError } from "@/lib/errors";
import { withUser } from "../../_lib/handler";

/**
 * An image a note embeds, for the signed-in user only (another user's hash is a 404 like an unknown one).
 * The URL names the content hash, so the answer never changes: cached privately for a year. The type comes
 * from the bytes' signature (checked on upload); nosniff and a sandbox CSP keep the browser from treating
 * it as anything but an image.
 */
export const GET = withUser(async (request, user) => {
  const hash = decodeURIComponent(new URL(request.url).pathname.split("/").pop() ?? "");
  const found = /^[\w-]{43}$/.test(hash) ? await readAttachment({ userId: user.id, hash }) : null;
  if (!found) throw new AppError("NOT_FOUND", "no such image");
  return new Response(new Uint8Array(found.data), {
    headers: {
      "Content-Type": found.mimeType,
      "Content-Length": String(found.data.byteLength),
      "Cache-Control": "private, max-age=31536000, immutable",
      ETag: `"${hash}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
    },
  });
});
