import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireUser, type SignedInUser } from "@/lib/auth/session";
import { type AppErrorReason, isAppError, isAppErrorReason } from "@/lib/errors";

/** What every server action returns: the client branches on `ok`, then on the typed `error` reason. */
export type ActionFailure = {
  ok: false;
  error: AppErrorReason;
  /** For people, in English; clients show their own translation of `error` instead. */
  message: string;
  /** The input field at fault, for forms. */
  field?: string;
  /** Every input field at fault, when the input failed validation (forms mark each one). */
  fields?: string[];
  /** What the error is about (a file name), for the translated message. */
  subject?: string;
};
export type ActionResult<T extends object = Record<never, never>> = ({ ok: true } & T) | ActionFailure;

type Success<R> = R extends object ? R : Record<never, never>;

/**
 * Turns a form into a plain object for zod: a key given once is a string, a repeated key (checkboxes,
 * multi-selects) an array of strings. Files are kept as File.
 */
export function formObject(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    object[key] = values.length === 1 ? (values[0] as FormDataEntryValue) : values;
  }
  return object;
}

/** The message of a failure that is not an AppError: its own text may hold internals, so it is logged only. */
export const UNEXPECTED_MESSAGE = "Something went wrong. Please try again.";

/** For actions that take no input (a button in a form of its own). */
export const noInput = z.object({});

function failureOf(error: unknown): ActionFailure {
  if (isAppError(error)) {
    return {
      ok: false,
      error: error.reason,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.subject ? { subject: error.subject } : {}),
    };
  }
  console.error(error);
  return { ok: false, error: "unexpected", message: UNEXPECTED_MESSAGE };
}

function invalid(issues: z.core.$ZodIssue[]): ActionFailure {
  const issue = issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : undefined;
  const reason = isAppErrorReason(issue?.message) ? issue.message : "invalid-input";
  const message = issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "Invalid input.";
  const fields = [...new Set(issues.filter((each) => each.path.length > 0).map((each) => String(each.path[0])))];
  return { ok: false, error: reason, message, ...(field ? { field, fields } : {}) };
}

async function run<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  body: (data: z.infer<S>) => Promise<R>,
): Promise<ActionResult<Success<R>>> {
  const parsed = schema.safeParse(input instanceof FormData ? formObject(input) : input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    const value = await body(parsed.data);
    return { ok: true, ...((value ?? {}) as Success<R>) };
  } catch (error) {
    // redirect() and notFound() work by throwing; they must reach Next untouched.
    unstable_rethrow(error);
    return failureOf(error);
  }
}

/**
 * The one shape for server actions (like the route handlers' `withUser` and dub's `authActionClient`):
 * a session (redirect to sign-in otherwise), zod on the input (a FormData or a plain object), the lib call,
 * and one error mapping: an AppError becomes `{ ok: false, error: reason, message, field? }`; anything else
 * is logged and becomes `{ ok: false, error: "unexpected" }` with a generic message (its text is not leaked).
 *
 *   export const saveThing = authedAction(thingSchema, (input, user) => saveThingFor(user.id, input));
 */
export function authedAction<S extends z.ZodType, R>(
  schema: S,
  body: (input: z.infer<S>, user: SignedInUser) => Promise<R>,
): (input: FormData | z.input<S>) => Promise<ActionResult<Success<R>>> {
  return async (input) => {
    const user = await requireUser();
    return run(schema, input, (data) => body(data, user));
  };
}

/** The same shape for the few actions used before sign-in (sign-up, password reset). */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  body: (input: z.infer<S>) => Promise<R>,
): (input: FormData | z.input<S>) => Promise<ActionResult<Success<R>>> {
  return async (input) => run(schema, input, body);
}

/**
 * Adapts an action for `useActionState(action, initial)`, which passes the previous state first.
 * The initial state is `null` (nothing submitted yet).
 */
export function formStateAction<T>(
  action: (input: FormData) => Promise<T>,
): (previous: T | null, form: FormData) => Promise<T> {
  return async (_previous, form) => action(form);
}

/**
 * Adapts an action for a plain `<form action={…}>` (works before hydration) whose page re-renders to show
 * the outcome: React wants such an action to return nothing, so the result is dropped.
 */
export function formAction<I>(action: (input: I) => Promise<unknown>): (input: I) => Promise<void> {
  return async (input) => {
    await action(input);
  };
}
