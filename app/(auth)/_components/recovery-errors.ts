/** The failures the recovery pages explain (messages/<locale>/recovery.json `errors`); others are "unexpected". */
const RECOVERY_ERRORS = [
  "too-many-reset-requests",
  "invalid-reset-link",
  "invalid-email",
  "weak-password",
  "invalid-input",
  "unexpected",
] as const;

export type RecoveryError = (typeof RECOVERY_ERRORS)[number];

export function recoveryError(reason: string): RecoveryError {
  return (RECOVERY_ERRORS as readonly string[]).includes(reason) ? (reason as RecoveryError) : "unexpected";
}
