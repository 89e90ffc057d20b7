import type { z } from "zod";
import { currentUser, type SignedInUser } from "@/lib/auth/session";
import { isForeignStateChange } from "@/lib/auth/same-origin";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError, httpStatusOf, isAppError } from "@/lib/errors";

type Handler = (request: Request, user: SignedInUser) => Promise<Response>;

/**
 * Wraps a JSON route handler: refuses cross-site state changes (403, CSRF), requires a session (401
 * otherwise) and maps AppError codes to statuses in one place, so handlers only parse input and call lib/.
 */
export function withUser(handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    if (isForeignStateChange(request)) {
      return Response.json({ error: "FORBIDDEN", message: "Cross-site request refused." }, { status: 403 });
    }
    try {
      const user = await currentUser();
      if (!user) return Response.json({ error: "UNAUTHENTICATED", message: "Sign in first." }, { status: 401 });
      return await handler(request, user);
    } catch (error) {
      if (isAppError(error))
        return Response.json(
          {
            error: error.code,
            reason: error.reason,
            message: error.message,
            ...(error.field ? { field: error.field } : {}),
          },
          { status: httpStatusOf(error) },
        );
      console.error(error);
      if (isDatabaseUnavailable(error)) {
        const message = "The database is not reachable right now. Try again in a moment.";
        return Response.json({ error: "UNAVAILABLE", reason: "database-unreachable", message }, { status: 503 });
      }
      return Response.json(
        { error: "INTERNAL", reason: "unexpected", message: "Something went wrong." },
        { status: 500 },
      );
    }
  };
}

/** Reads and validates a JSON body; a malformed one is a 400 naming the field. */
export async function parseJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const body = await request.json().catch(() => {
    throw new AppError("INVALID_INPUT", "The request body is not JSON.", { reason: "invalid-input" });
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? String(issue.path[0]) : undefined;
    throw new AppError("INVALID_INPUT", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`, {
      reason: "invalid-input",
      ...(field ? { field } : {}),
    });
  }
  return parsed.data;
}
