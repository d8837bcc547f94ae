import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKioskMenuApi } from '@/api';
import { buildDeviceInfo, buildKioskMenu, buildMenuItem } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { useDeviceStore } from './device';
import { useMenuStore } from './menu';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const networkError = () => new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'Failed to fetch' });

function storePairing(): void {
  localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
  localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
}

/** A new app start: fresh stores that read only what localStorage kept. */
function restart(): void {
  setActivePinia(createPinia());
}

describe('useMenuStore', () => {
  beforeEach(() => {
    localStorage.clear();
    storePairing();
    restart();
  });

  it('should load the current menu', async () => {
    const menu = buildKioskMenu();
    vi.mocked(getKioskMenuApi).mockResolvedValue(menu);
    const sut = useMenuStore();

    await sut.load();

    expect(sut.menu).toEqual(menu);
    expect(sut.loading).toBe(false);
    expect(sut.errorCode).toBeNull();
    expect(sut.isStale).toBe(false);
    expect(sut.fetchedAt).not.toBeNull();
  });

  it('should report an empty menu as empty, not as an error', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [] }));
    const sut = useMenuStore();

    await sut.load();

    expect(sut.isEmpty).toBe(true);
    expect(sut.errorCode).toBeNull();
  });

  it('should keep the last menu when a refresh cannot reach the API', async () => {
    const menu = buildKioskMenu();
    vi.mocked(getKioskMenuApi).mockResolvedValueOnce(menu).mockRejectedValueOnce(networkError());
    const sut = useMenuStore();
    await sut.load();
    const fetchedAt = sut.fetchedAt;

    await sut.load();

    expect(sut.menu).toEqual(menu);
    expect(sut.fetchedAt).toBe(fetchedAt);
    expect(sut.errorCode).toBe(ErrorCode.NETWORK_ERROR);
    expect(sut.isOffline).toBe(true);
    expect(sut.isStale).toBe(true);
  });

  it('should show the menu kept in localStorage after a restart while offline', async () => {
    const menu = buildKioskMenu({ items: [buildMenuItem({ name: '清蒸鲈鱼' })] });
    vi.mocked(getKioskMenuApi).mockResolvedValueOnce(menu);
    await useMenuStore().load();

    restart();
    vi.mocked(getKioskMenuApi).mockRejectedValueOnce(networkError());
    const sut = useMenuStore();
    expect(sut.menu?.items[0]?.name).toBe('清蒸鲈鱼');

    await sut.load();

    expect(sut.menu?.items[0]?.name).toBe('清蒸鲈鱼');
    expect(sut.isOffline).toBe(true);
  });

  it('should clear the offline state once a refresh succeeds again', async () => {
    vi.mocked(getKioskMenuApi)
      .mockRejectedValueOnce(networkError())
      .mockResolvedValueOnce(buildKioskMenu({ isOpen: false }));
    const sut = useMenuStore();
    await sut.load();
    expect(sut.errorCode).toBe(ErrorCode.NETWORK_ERROR);
    expect(sut.hasMenu).toBe(false);

    await sut.load();

    expect(sut.errorCode).toBeNull();
    expect(sut.menu?.isOpen).toBe(false);
  });

  it('should not show a kept menu of another canteen', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValueOnce(buildKioskMenu({ canteen: { id: 'other', name: '别处' } }));
    await useMenuStore().load();

    restart();

    expect(useMenuStore().menu).toBeNull();
  });

  it('should drop the menu and unpair when the device has been revoked', async () => {
    vi.mocked(getKioskMenuApi)
      .mockResolvedValueOnce(buildKioskMenu())
      .mockRejectedValueOnce(new ApiError(401, { code: ErrorCode.DEVICE_REVOKED, message: 'revoked' }));
    const sut = useMenuStore();
    const device = useDeviceStore();
    await sut.load();

    await sut.load();

    expect(sut.menu).toBeNull();
    expect(localStorage.getItem(StorageKey.LAST_MENU)).toBeNull();
    expect(device.isPaired).toBe(false);
    expect(device.errorCode).toBe(ErrorCode.DEVICE_REVOKED);
  });

  it('should send one request when loads overlap', async () => {
    let answer: (menu: ReturnType<typeof buildKioskMenu>) => void = () => undefined;
    vi.mocked(getKioskMenuApi).mockReturnValueOnce(
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    const sut = useMenuStore();

    const first = sut.load();
    const second = sut.load();
    expect(sut.loading).toBe(true);
    answer(buildKioskMenu());
    await Promise.all([first, second]);

    expect(getKioskMenuApi).toHaveBeenCalledTimes(1);
    expect(sut.hasMenu).toBe(true);
  });

  it('should drop an answer that arrives after clear', async () => {
    let answer: (menu: ReturnType<typeof buildKioskMenu>) => void = () => undefined;
    vi.mocked(getKioskMenuApi).mockReturnValueOnce(
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    const sut = useMenuStore();
    const pending = sut.load();

    sut.clear();
    answer(buildKioskMenu());
    await pending;

    expect(sut.menu).toBeNull();
    expect(localStorage.getItem(StorageKey.LAST_MENU)).toBeNull();
  });

  it('should read the kept menu again on $reset', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValueOnce(buildKioskMenu()).mockRejectedValueOnce(networkError());
    const sut = useMenuStore();
    await sut.load();
    await sut.load();

    sut.$reset();

    expect(sut.errorCode).toBeNull();
    expect(sut.hasMenu).toBe(true);
  });
});
