import { ErrorCode, isErrorCode } from '@canteen/shared';

/**
 * The ErrorCode behind anything an API call threw. `unwrap` throws an ApiError carrying the server's code
 * (or NETWORK_ERROR when the API could not be reached); a code this build does not know becomes INTERNAL,
 * so the screen always has a translation to show.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    if (isErrorCode(code)) return code;
  }
  if (error instanceof TypeError || (error instanceof DOMException && error.name === 'TimeoutError')) {
    return ErrorCode.NETWORK_ERROR;
  }
  return ErrorCode.INTERNAL;
}

/** Codes that mean this kiosk is not (or no longer) a paired device: staff must pair it again. */
const DEVICE_REJECTION_CODES: readonly ErrorCode[] = [
  ErrorCode.DEVICE_TOKEN_INVALID,
  ErrorCode.DEVICE_REVOKED,
  ErrorCode.UNAUTHENTICATED,
];

export function isDeviceRejection(code: ErrorCode): boolean {
  return DEVICE_REJECTION_CODES.includes(code);
}

/** The i18n key for an error code. */
export function errorMessageKey(code: ErrorCode): `errors.${ErrorCode}` {
  return `errors.${code}`;
}
