import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, isDeviceRejection } from './errors';

describe('errorCodeOf', () => {
  it('should take the code of an API error', () => {
    expect(errorCodeOf(new ApiError(401, { code: 'DEVICE_REVOKED', message: 'x' }))).toBe(ErrorCode.DEVICE_REVOKED);
  });

  it('should turn a code this build does not know into INTERNAL', () => {
    expect(errorCodeOf(new ApiError(409, { code: 'SOMETHING_NEW', message: 'x' }))).toBe(ErrorCode.INTERNAL);
  });

  it('should treat a failed fetch or a timeout as a network error', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe(ErrorCode.NETWORK_ERROR);
    expect(errorCodeOf(new DOMException('timed out', 'TimeoutError'))).toBe(ErrorCode.NETWORK_ERROR);
  });

  it('should treat anything else as INTERNAL', () => {
    expect(errorCodeOf(new Error('boom'))).toBe(ErrorCode.INTERNAL);
    expect(errorCodeOf(undefined)).toBe(ErrorCode.INTERNAL);
  });
});

describe('isDeviceRejection', () => {
  it('should be true only for codes that mean the device must be paired again', () => {
    expect(isDeviceRejection(ErrorCode.DEVICE_TOKEN_INVALID)).toBe(true);
    expect(isDeviceRejection(ErrorCode.DEVICE_REVOKED)).toBe(true);
    expect(isDeviceRejection(ErrorCode.NETWORK_ERROR)).toBe(false);
    expect(isDeviceRejection(ErrorCode.INTERNAL)).toBe(false);
  });
});
