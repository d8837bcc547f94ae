import { ApiError } from '@canteen/api-client';
import { ErrorCode, Role } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMeApi, loginApi } from '@/api/auth';
import type { UserDto } from '@/api/types';
import { readAccessToken, writeAccessToken } from '@/utils/session';
import { useAuthStore } from './auth';
import { useCanteenStore } from './canteen';

vi.mock('@/api/auth', () => ({ loginApi: vi.fn(), getMeApi: vi.fn() }));
vi.mock('@/api/canteens', () => ({
  getCanteensApi: vi.fn(),
  getCanteenApi: vi.fn(),
  createCanteenApi: vi.fn(),
  updateCanteenApi: vi.fn(),
}));

const official: UserDto = {
  id: '7f1c2a8e-0000-4000-8000-000000000001',
  username: 'xishan',
  displayName: '西山区民政局',
  role: Role.DISTRICT_OFFICIAL,
  regionCode: '530112',
  canteenId: null,
};

function apiError(status: number, code: string): ApiError {
  return new ApiError(status, { code, message: 'server prose the UI must not show' });
}

describe('useAuthStore', () => {
  beforeEach(() => {
    sessionStorage.clear();
    setActivePinia(createPinia());
    vi.mocked(loginApi).mockReset();
    vi.mocked(getMeApi).mockReset();
  });

  it('should keep the token in sessionStorage and the user in the store after a login', async () => {
    vi.mocked(loginApi).mockResolvedValue({ accessToken: 'jwt-1', user: official });
    const sut = useAuthStore();

    await expect(sut.login('xishan', 'Demo@2026')).resolves.toBe(true);

    expect(loginApi).toHaveBeenCalledWith({ username: 'xishan', password: 'Demo@2026' });
    expect(readAccessToken()).toBe('jwt-1');
    expect(sut.accessToken).toBe('jwt-1');
    expect(sut.user).toEqual(official);
    expect(sut.role).toBe(Role.DISTRICT_OFFICIAL);
    expect(sut.isAuthenticated).toBe(true);
    expect(sut.loginErrorCode).toBeNull();
    expect(sut.loggingIn).toBe(false);
  });

  it.each([
    [401, ErrorCode.AUTH_INVALID_CREDENTIALS],
    [423, ErrorCode.AUTH_ACCOUNT_LOCKED],
    [0, ErrorCode.NETWORK_ERROR],
  ])('should expose the error code of a failed login (%i %s) and keep no token', async (status, code) => {
    vi.mocked(loginApi).mockRejectedValue(apiError(status, code));
    const sut = useAuthStore();

    await expect(sut.login('xishan', 'wrong')).resolves.toBe(false);

    expect(sut.loginErrorCode).toBe(code);
    expect(sut.user).toBeNull();
    expect(readAccessToken()).toBeNull();
    expect(sut.loggingIn).toBe(false);
  });

  it('should report an unknown server code as INTERNAL rather than showing it', async () => {
    vi.mocked(loginApi).mockRejectedValue(apiError(500, 'SOMETHING_NEW'));
    const sut = useAuthStore();

    await sut.login('xishan', 'Demo@2026');

    expect(sut.loginErrorCode).toBe(ErrorCode.INTERNAL);
  });

  it('should clear the previous error when a new login starts', async () => {
    vi.mocked(loginApi).mockRejectedValueOnce(apiError(401, ErrorCode.AUTH_INVALID_CREDENTIALS));
    vi.mocked(loginApi).mockResolvedValueOnce({ accessToken: 'jwt-2', user: official });
    const sut = useAuthStore();

    await sut.login('xishan', 'wrong');
    await sut.login('xishan', 'Demo@2026');

    expect(sut.loginErrorCode).toBeNull();
    expect(sut.user).toEqual(official);
  });

  it('should restore the session from a stored token with /auth/me', async () => {
    writeAccessToken('jwt-stored');
    vi.mocked(getMeApi).mockResolvedValue(official);
    const sut = useAuthStore();

    await expect(sut.restore()).resolves.toBe(true);

    expect(sut.user).toEqual(official);
    expect(getMeApi).toHaveBeenCalledTimes(1);
  });

  it('should not ask the API when there is no stored token', async () => {
    const sut = useAuthStore();

    await expect(sut.restore()).resolves.toBe(false);

    expect(getMeApi).not.toHaveBeenCalled();
  });

  it('should drop a stored token the API no longer accepts', async () => {
    writeAccessToken('jwt-expired');
    vi.mocked(getMeApi).mockRejectedValue(apiError(401, ErrorCode.AUTH_TOKEN_INVALID));
    const sut = useAuthStore();

    await expect(sut.restore()).resolves.toBe(false);

    expect(readAccessToken()).toBeNull();
    expect(sut.hasSession).toBe(false);
    expect(sut.user).toBeNull();
  });

  it('should reset every store on logout, not only itself', async () => {
    vi.mocked(loginApi).mockResolvedValue({ accessToken: 'jwt-1', user: official });
    const sut = useAuthStore();
    await sut.login('xishan', 'Demo@2026');
    const canteens = useCanteenStore();
    canteens.filters.q = '碧鸡';
    canteens.total = 12;

    sut.logout();

    expect(readAccessToken()).toBeNull();
    expect(sut.accessToken).toBeNull();
    expect(sut.user).toBeNull();
    expect(sut.isAuthenticated).toBe(false);
    expect(canteens.filters.q).toBe('');
    expect(canteens.total).toBe(0);
  });
});
