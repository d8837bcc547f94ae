import { ErrorCode, isErrorCode, type FieldError } from '@canteen/shared';

/**
 * The error code of anything a store action caught. API errors carry a code from `@canteen/shared`;
 * anything else (a bug, an unknown server code) is reported as INTERNAL so the UI always has a
 * translation to show and never displays server prose.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  return isErrorCode(code) ? code : ErrorCode.INTERNAL;
}

/** The per-field details of a 422 VALIDATION_FAILED, or an empty list. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const details = (error as { body?: { details?: unknown } } | null)?.body?.details;
  return Array.isArray(details) ? (details as FieldError[]) : [];
}

/** The HTTP status of an API error, or 0 when the error did not come from the API. */
export function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 0;
}
