/** Field name → messages, as zod's flattened errors give them. */
export type FieldErrors = Partial<Record<string, string[]>>;

/**
 * What every server action returns, for useActionState. Expected failures are values; only
 * these messages reach the browser (never a raw error.message).
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors };

/** The wrapper's own failures, in English; lib/i18n holds the other languages. */
export const ACTION_ERROR_MESSAGES = {
  UNAUTHENTICATED: "Your session has ended. Sign in again to continue.",
  FORBIDDEN: "You do not have permission to do that.",
  INVALID_INPUT: "Some fields need attention.",
  CONFLICT: "Someone else changed this at the same time. Reload the page and try again.",
  BUSY: "Many requests are arriving at once. Try again in a moment.",
} as const;

/** The wrapper's own codes plus any coded domain failure (COURSE_FULL, ATTEMPTS_EXHAUSTED…). */
export type ActionErrorCode = "INVALID_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "CONFLICT" | "BUSY" | (string & {});

export function ok(): ActionResult<undefined>;
export function ok<T>(data: T): ActionResult<T>;
export function ok<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

export function fail(
  code: ActionErrorCode,
  message: string,
  fieldErrors?: FieldErrors,
): { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}
