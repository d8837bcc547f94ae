import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKioskDeviceApi, setRequestDeviceToken } from '@/api';
import { buildDeviceInfo } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { useDeviceStore } from './device';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

function storePairing(token: string): void {
  localStorage.setItem(StorageKey.DEVICE_TOKEN, token);
  localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
}

describe('useDeviceStore', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('should start unpaired when nothing is stored', () => {
    const sut = useDeviceStore();
    expect(sut.isPaired).toBe(false);
    expect(sut.token).toBeNull();
    expect(setRequestDeviceToken).toHaveBeenLastCalledWith(null);
  });

  describe('pair', () => {
    it('should keep the token once the API accepts it', async () => {
      vi.mocked(getKioskDeviceApi).mockResolvedValue(buildDeviceInfo());
      const sut = useDeviceStore();

      await expect(sut.pair('  tok-123  ')).resolves.toBe(true);

      expect(getKioskDeviceApi).toHaveBeenCalledWith('tok-123');
      expect(sut.isPaired).toBe(true);
      expect(sut.verified).toBe(true);
      expect(sut.errorCode).toBeNull();
      expect(sut.canteen?.name).toBe('翠湖社区幸福食堂');
      expect(localStorage.getItem(StorageKey.DEVICE_TOKEN)).toBe('tok-123');
      expect(setRequestDeviceToken).toHaveBeenLastCalledWith('tok-123');
    });

    it('should stay unpaired and expose the code when the API refuses the token', async () => {
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(401, { code: ErrorCode.DEVICE_TOKEN_INVALID, message: 'invalid device token' }),
      );
      const sut = useDeviceStore();

      await expect(sut.pair('wrong-token')).resolves.toBe(false);

      expect(sut.isPaired).toBe(false);
      expect(sut.errorCode).toBe(ErrorCode.DEVICE_TOKEN_INVALID);
      expect(sut.verifying).toBe(false);
      expect(localStorage.getItem(StorageKey.DEVICE_TOKEN)).toBeNull();
    });

    it('should expose DEVICE_REVOKED for a token a manager has revoked', async () => {
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(401, { code: ErrorCode.DEVICE_REVOKED, message: 'revoked' }),
      );
      const sut = useDeviceStore();

      await expect(sut.pair('old-token')).resolves.toBe(false);

      expect(sut.errorCode).toBe(ErrorCode.DEVICE_REVOKED);
      expect(sut.isPaired).toBe(false);
    });

    it('should keep the existing pairing when a replacement token is refused', async () => {
      storePairing('good-token');
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(401, { code: ErrorCode.DEVICE_TOKEN_INVALID, message: 'invalid' }),
      );
      const sut = useDeviceStore();

      await expect(sut.pair('typo-token')).resolves.toBe(false);

      expect(sut.token).toBe('good-token');
      expect(localStorage.getItem(StorageKey.DEVICE_TOKEN)).toBe('good-token');
    });

    it('should refuse an empty token without asking the API', async () => {
      const sut = useDeviceStore();

      await expect(sut.pair('   ')).resolves.toBe(false);

      expect(sut.errorCode).toBe(ErrorCode.VALIDATION_FAILED);
      expect(getKioskDeviceApi).not.toHaveBeenCalled();
    });

    it('should report NETWORK_ERROR when the API cannot be reached', async () => {
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'Failed to fetch' }),
      );
      const sut = useDeviceStore();

      await expect(sut.pair('tok-123')).resolves.toBe(false);

      expect(sut.errorCode).toBe(ErrorCode.NETWORK_ERROR);
      expect(sut.isPaired).toBe(false);
    });
  });

  describe('verify', () => {
    it('should restore a stored pairing at start without calling the API', () => {
      storePairing('stored-token');

      const sut = useDeviceStore();

      expect(sut.isPaired).toBe(true);
      expect(sut.verified).toBe(false);
      expect(sut.device?.deviceName).toBe('大厅 1 号机');
      expect(setRequestDeviceToken).toHaveBeenLastCalledWith('stored-token');
      expect(getKioskDeviceApi).not.toHaveBeenCalled();
    });

    it('should confirm a stored token with the API', async () => {
      storePairing('stored-token');
      vi.mocked(getKioskDeviceApi).mockResolvedValue(buildDeviceInfo({ deviceName: '门口 2 号机' }));
      const sut = useDeviceStore();

      await sut.verify();

      expect(getKioskDeviceApi).toHaveBeenCalledWith();
      expect(sut.verified).toBe(true);
      expect(sut.device?.deviceName).toBe('门口 2 号机');
    });

    it('should drop a stored token the API says is revoked', async () => {
      storePairing('stored-token');
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(401, { code: ErrorCode.DEVICE_REVOKED, message: 'revoked' }),
      );
      const sut = useDeviceStore();

      await sut.verify();

      expect(sut.isPaired).toBe(false);
      expect(sut.errorCode).toBe(ErrorCode.DEVICE_REVOKED);
      expect(localStorage.getItem(StorageKey.DEVICE_TOKEN)).toBeNull();
      expect(localStorage.getItem(StorageKey.DEVICE_INFO)).toBeNull();
      expect(setRequestDeviceToken).toHaveBeenLastCalledWith(null);
    });

    it('should keep the stored pairing when the API cannot be reached', async () => {
      storePairing('stored-token');
      vi.mocked(getKioskDeviceApi).mockRejectedValue(
        new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'offline' }),
      );
      const sut = useDeviceStore();

      await sut.verify();

      expect(sut.isPaired).toBe(true);
      expect(sut.verified).toBe(false);
      expect(sut.errorCode).toBe(ErrorCode.NETWORK_ERROR);
      expect(sut.canteen?.name).toBe('翠湖社区幸福食堂');
    });
  });

  it('should forget the pairing when staff unpair', () => {
    storePairing('stored-token');
    const sut = useDeviceStore();

    sut.unpair();

    expect(sut.isPaired).toBe(false);
    expect(sut.errorCode).toBeNull();
    expect(localStorage.getItem(StorageKey.DEVICE_TOKEN)).toBeNull();
  });

  it('should reset transient state but keep the stored pairing', async () => {
    storePairing('stored-token');
    vi.mocked(getKioskDeviceApi).mockRejectedValue(new ApiError(500, { code: ErrorCode.INTERNAL, message: 'boom' }));
    const sut = useDeviceStore();
    await sut.verify();
    expect(sut.errorCode).toBe(ErrorCode.INTERNAL);

    sut.$reset();

    expect(sut.errorCode).toBeNull();
    expect(sut.token).toBe('stored-token');
  });

  it('should ignore a stored token that is blank', () => {
    localStorage.setItem(StorageKey.DEVICE_TOKEN, '  ');
    expect(useDeviceStore().isPaired).toBe(false);
  });
});
