/**
 * One error model for lib/, the CLI, route handlers and server actions.
 *
 * `code` is the broad class (mapped to an HTTP status in one place); `reason` is the specific, typed cause
 * that callers branch on (never the message text); `message` is for people and may change freely;
 * `field` names the input field at fault, for forms. Modelled on documenso's `AppError`.
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

/**
 * Specific causes. Every AppError in this codebase names one; add a reason here when none fits, and
 * its people-facing text where a client shows it. The generic reasons (`not-found`, `invalid-input`, …)
 * are for causes no caller tells apart. A zod issue whose message is one of these becomes that reason in
 * an action's result (e.g. `z.email({ message: "invalid-email" })`).
 */
export const APP_ERROR_REASONS = [
  // generic
  "not-found",
  "forbidden",
  "unauthenticated",
  "conflict",
  "invalid-input",
  "invalid-date",
  "payload-too-large",
  "rate-limited",
  "unavailable",
  /** An error that is not an AppError: a bug or an outage; its message is never shown. */
  "unexpected",
  // server configuration
  "invalid-config",
  "database-unreachable",
  "mail-failed",
  // accounts
  "email-taken",
  "invalid-email",
  "weak-password",
  "invalid-credentials",
  "too-many-reset-requests",
  "invalid-reset-link",
  // import
  "no-files",
  "note-too-large",
  "note-parse-timeout",
  "not-an-image",
  "too-many-sign-ups",
  // cards and reviews
  "already-reviewed",
  "already-studied",
  "card-not-active",
  "not-on-ladder",
  "review-out-of-order",
  "stale-card",
  "nothing-to-undo",
  // quizzes
  "quiz-finished",
  "already-answered",
  "not-answered",
  "invalid-answer",
  "graded-at-end",
  "not-typed-answer",
  "time-up",
  "no-cards",
  "no-weak-spots",
  "empty-selection",
  // uploads (limits named in docs/security.md)
  "bad-zip",
  "zip-too-many-entries",
  "zip-file-too-large",
  "zip-too-large",
  "zip-ratio",
  // exams
  "unknown-exam",
  "no-mapped-cards",
  "no-exam-target",
  "not-studied",
  "exam-code-taken",
  // settings and reminders
  "invalid-time-zone",
  "invalid-setting",
  // cards (note page, card editor, card browser)
  "nothing-selected",
  "no-card-conflict",
] as const;

export type AppErrorReason = (typeof APP_ERROR_REASONS)[number];

export function isAppErrorReason(value: unknown): value is AppErrorReason {
  return typeof value === "string" && (APP_ERROR_REASONS as readonly string[]).includes(value);
}

export interface AppErrorOptions {
  /** Name one wherever a caller could tell this case apart; without it, the code's generic reason. */
  reason?: AppErrorReason;
  /** The input field at fault, for forms (`email`, `examDate`, …). */
  field?: string;
  /** What the error is about, for the translated message (a file name); unlike `message`, shown as is. */
  subject?: string;
  cause?: unknown;
}

const genericReason: Record<AppErrorCode, AppErrorReason> = {
  NOT_FOUND: "not-found",
  FORBIDDEN: "forbidden",
  UNAUTHENTICATED: "unauthenticated",
  CONFLICT: "conflict",
  INVALID_INPUT: "invalid-input",
  PAYLOAD_TOO_LARGE: "payload-too-large",
  RATE_LIMITED: "rate-limited",
  UNAVAILABLE: "unavailable",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly reason: AppErrorReason;
  readonly field: string | undefined;
  readonly subject: string | undefined;
  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.reason = options.reason ?? genericReason[code];
    this.field = options.field;
    this.subject = options.subject;
  }
}

const statusByCode: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function httpStatusOf(error: AppError): number {
  return statusByCode[error.code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
