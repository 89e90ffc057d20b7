import { listAttachments } from "@/lib/db/attachments/list-attachments";
import { saveAttachment } from "@/lib/db/attachments/save-attachment";
import { ATTACHMENT_LIMITS } from "@/lib/notes/attachments";
import { attachmentQuerySchema } from "@/lib/validations/api-v1";
import { parseWith, readBody, withToken } from "../_lib/handler";

export const GET = withToken(async ({ user }) =>
  Response.json({ attachments: await listAttachments({ userId: user.id }) }),
);

/** `PUT /api/v1/attachments?path=img/x.png` with the image's bytes as the body. */
export const PUT = withToken(async ({ user, request }) => {
  const { path } = parseWith(attachmentQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readBody(request, ATTACHMENT_LIMITS.maxBytes);
  return Response.json(await saveAttachment({ userId: user.id, path, bytes }));
});
