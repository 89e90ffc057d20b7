import type { z } from "zod";
import type { SignedInUser } from "@/lib/auth/session";
import { authenticateApiToken } from "@/lib/db/tokens/authenticate-api-token";
import { countApiRequest } from "@/lib/db/tokens/count-api-request";
import { AppError, httpStatusOf, isAppError } from "@/lib/errors";
import { API_LIMITS } from "@/lib/validations/api-v1";

export interface ApiContext {
  user: SignedInUser;
  request: Request;
}

/** `{ "error": { "code", "message" } }` with the status of the AppError's code. */
export function apiError(error: AppError, headers?: HeadersInit): Response {
  return Response.json(
    { error: { code: error.reason, message: error.message } },
    { status: httpStatusOf(error), headers },
  );
}

function rateLimit(): number {
  const configured = Number(process.env.RECALL_API_RATE_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : API_LIMITS.requestsPerMinute;
}

/**
 * Wraps an /api/v1 handler: a bearer token (401 when missing, unknown, revoked or expired), the token's
 * per-minute allowance (429 with Retry-After), and one error mapping to the API's error shape.
 */
export function withToken(
  handler: (context: ApiContext) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const header = request.headers.get("authorization") ?? "";
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) throw new AppError("UNAUTHENTICATED", "send Authorization: Bearer <token> (create one in Settings)");
      const now = new Date();
      const { tokenId, user } = await authenticateApiToken({ token, now });
      await countApiRequest({ tokenId, now, limit: rateLimit() });
      return await handler({ user, request });
    } catch (error) {
      if (isAppError(error)) {
        return apiError(error, error.code === "RATE_LIMITED" ? { "Retry-After": String(retryAfter()) } : undefined);
      }
      console.error(error);
      return Response.json({ error: { code: "internal", message: "Something went wrong." } }, { status: 500 });
    }
  };
}

function retryAfter(): number {
  return 60 - new Date().getUTCSeconds();
}

/**
 * Reads a body of at most `maxBytes` (413 beyond, checked on Content-Length and while reading, so a client
 * that lies about the length is cut off too).
 */
export async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `the request body is larger than ${maxBytes} bytes`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body of at most `maxBytes` (see `readBody`), then validates it (400 naming the field). */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<z.infer<T>> {
  const bytes = await readBody(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "the request body is not valid JSON");
  }
  return parseWith(schema, body);
}

/** Validates a value (a body or the query) with zod; the first issue becomes a 400 naming its field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("INVALID_INPUT", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
}
